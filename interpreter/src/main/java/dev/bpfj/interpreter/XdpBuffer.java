package dev.bpfj.interpreter;

import static dev.bpfj.interpreter.BpfRuntimeException.Kind.*;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code struct xdp_buff} of one test run, laid out as {@code bpf_prog_test_run_xdp} lays it
 * out: a zeroed 4096-byte frame, 256 bytes of headroom (metadata taken from it), the linear packet,
 * the {@code skb_shared_info} tailroom at the end, and the rest of a large packet in page-sized
 * fragments. The packet region a program reaches spans {@code [data_meta, data_end)}; its context
 * ({@code struct xdp_md}) is a separate region whose loads yield pointers into it.
 */
final class XdpBuffer implements Memory.ContextAccess {
    static final int PAGE_SIZE = 4096;
    static final int HEADROOM = 256;
    /** {@code SKB_DATA_ALIGN(sizeof(struct skb_shared_info))} on x86-64. */
    static final int TAILROOM = 320;
    /** {@code sizeof(struct xdp_frame)} on 64-bit. */
    static final int XDP_FRAME_SIZE = 40;
    static final int ETH_HLEN = 14;
    /** {@code MAX_SKB_FRAGS} of the default configuration. */
    static final int MAX_FRAGS = 17;
    /** {@code type_max(skb_shared_info.meta_len)}: a u8. */
    static final int META_MAX = 255;

    final byte[] frame = new byte[PAGE_SIZE];
    final Region packet;
    final Region ctx;
    int dataMeta;
    int data;
    int dataEnd;
    final List<byte[]> frags = new ArrayList<>();
    final List<Integer> fragSizes = new ArrayList<>();

    int ingressIfindex = 1;
    int rxQueueIndex;
    int egressIfindex;
    boolean egressReadable;

    XdpBuffer(Memory mem) {
        this.packet = mem.allocate(frame, 0, 0, Region.PLAIN, false, "packet", this);
        this.ctx = mem.allocate(null, 0, 24, Region.CTX, true, "ctx", this);
    }

    /**
     * Fills the buffer as test_run does ({@code bpf_test_init}, {@code xdp_prepare_buff}): zeroed
     * memory, metadata then packet at the headroom, the rest in fragments.
     */
    void load(byte[] metadata, byte[] packetBytes, int linearLength) {
        Arrays.fill(frame, (byte) 0);
        frags.clear();
        fragSizes.clear();
        int meta = metadata.length;
        int headroom = HEADROOM - meta;
        int maxLinear = PAGE_SIZE - headroom - TAILROOM;
        int total = meta + packetBytes.length;
        int linear = Math.min(linearLength + meta, maxLinear);
        byte[] all = new byte[total];
        System.arraycopy(metadata, 0, all, 0, meta);
        System.arraycopy(packetBytes, 0, all, meta, packetBytes.length);
        System.arraycopy(all, 0, frame, headroom, linear);
        dataMeta = headroom;
        data = HEADROOM;
        dataEnd = headroom + linear;
        for (int pos = linear; pos < total; pos += PAGE_SIZE) {
            int n = Math.min(PAGE_SIZE, total - pos);
            byte[] page = new byte[PAGE_SIZE];
            System.arraycopy(all, pos, page, 0, n);
            frags.add(page);
            fragSizes.add(n);
        }
        sync();
    }

    /** Keeps the packet region's bounds in step with the pointers. */
    void sync() {
        packet.lo = dataMeta;
        packet.hi = dataEnd;
        packet.origin = data;
    }

    int fragsSize() {
        int n = 0;
        for (int s : fragSizes) {
            n += s;
        }
        return n;
    }

    int linearLength() {
        return dataEnd - data;
    }

    int buffLength() {
        return linearLength() + fragsSize();
    }

    int metaLength() {
        return data - dataMeta;
    }

    /** What test_run copies out: from data_meta to data_end, then every fragment. */
    byte[] output() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(dataEnd - dataMeta + fragsSize());
        out.write(frame, dataMeta, dataEnd - dataMeta);
        for (int i = 0; i < frags.size(); i++) {
            out.write(frags.get(i), 0, fragSizes.get(i));
        }
        return out.toByteArray();
    }

    // ---- struct xdp_md, as xdp_convert_ctx_access rewrites its loads ----

    @Override
    public long load(int offset, int size) {
        if (size != 4 || (offset & 3) != 0) {
            throw new Fault(INVALID_CONTEXT_ACCESS, "invalid bpf_context access off=" + offset + " size=" + size
                    + " (struct xdp_md fields are read with 4-byte loads)");
        }
        return switch (offset) {
            case 0 -> Memory.address(packet, data);
            case 4 -> Memory.address(packet, dataEnd);
            case 8 -> Memory.address(packet, dataMeta);
            case 12 -> ingressIfindex & 0xffffffffL;
            case 16 -> rxQueueIndex & 0xffffffffL;
            case 20 -> {
                if (!egressReadable) {
                    throw new Fault(INVALID_CONTEXT_ACCESS, "invalid bpf_context access off=20 size=4"
                            + " (egress_ifindex is readable only by programs attached to a devmap entry)");
                }
                yield egressIfindex & 0xffffffffL;
            }
            default -> throw new Fault(INVALID_CONTEXT_ACCESS, "invalid bpf_context access off=" + offset + " size=4");
        };
    }

    /** Copies between the buffer (linear part, then fragments) and a byte array ({@code bpf_xdp_copy_buf}). */
    void copy(int offset, byte[] buf, int bufOff, int len, boolean toPacket) {
        int pos = offset;
        int done = 0;
        int linear = linearLength();
        if (pos < linear) {
            int n = Math.min(len, linear - pos);
            if (toPacket) {
                System.arraycopy(buf, bufOff, frame, data + pos, n);
            } else {
                System.arraycopy(frame, data + pos, buf, bufOff, n);
            }
            done += n;
            pos += n;
        }
        int fragStart = linear;
        for (int i = 0; i < frags.size() && done < len; i++) {
            int size = fragSizes.get(i);
            if (pos < fragStart + size) {
                int within = pos - fragStart;
                int n = Math.min(len - done, size - within);
                if (toPacket) {
                    System.arraycopy(buf, bufOff + done, frags.get(i), within, n);
                } else {
                    System.arraycopy(frags.get(i), within, buf, bufOff + done, n);
                }
                done += n;
                pos += n;
            }
            fragStart += size;
        }
    }
}
