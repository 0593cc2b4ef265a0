package dev.bpfj.kernel;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * uapi {@code struct xdp_md} as {@code BPF_PROG_TEST_RUN} takes it in {@code ctx_in}: offsets
 * relative to the start of {@code data_in} (metadata first), and the receive queue.
 */
public record XdpMd(int data, int dataEnd, int dataMeta, int ingressIfindex, int rxQueueIndex, int egressIfindex) {
    public static final int SIZE = 24;

    /** A context for a packet of {@code packetLength} bytes preceded by {@code metaLength} bytes of metadata. */
    public static XdpMd of(int metaLength, int packetLength, int ingressIfindex, int rxQueueIndex) {
        return new XdpMd(metaLength, metaLength + packetLength, 0, ingressIfindex, rxQueueIndex, 0);
    }

    public byte[] toBytes() {
        return ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN).putInt(data).putInt(dataEnd).putInt(dataMeta)
                .putInt(ingressIfindex).putInt(rxQueueIndex).putInt(egressIfindex).array();
    }

    public static XdpMd fromBytes(byte[] b) {
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        return new XdpMd(bb.getInt(), bb.getInt(), bb.getInt(), bb.getInt(), bb.getInt(), bb.getInt());
    }
}
