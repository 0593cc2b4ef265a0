package dev.bpfj.interpreter;

import java.util.Objects;

/**
 * What one XDP test run gets, as {@code BPF_PROG_TEST_RUN} takes it: the packet, optional
 * metadata in front of it, the receive interface and queue ({@code struct xdp_md} in
 * {@code ctx_in}), how often to run, and whether to record a trace or coverage.
 *
 * <pre>{@code
 * XdpInput.of(packet).ingress(3, 1).repeat(10).traced()
 * }</pre>
 *
 * @param packet the packet bytes, from the Ethernet header on
 * @param metadata bytes placed before the packet, between data_meta and data (a multiple of 4, at most 216)
 * @param ingressIfindex what {@code ctx->ingress_ifindex} reads (test_run default: 1, loopback)
 * @param rxQueueIndex what {@code ctx->rx_queue_index} reads
 * @param egressIfindex what {@code ctx->egress_ifindex} reads; only programs attached to devmap entries may read it
 * @param linearLength how many packet bytes are in the linear part (the rest goes to fragments); -1 for as many as fit
 * @param repeat how many times to run on the same buffer, which is not reset in between (0 counts as 1)
 * @param trace record every instruction with the registers before it
 * @param coverage count how often each instruction ran
 */
public record XdpInput(byte[] packet, byte[] metadata, int ingressIfindex, int rxQueueIndex, int egressIfindex,
                       int linearLength, int repeat, boolean trace, boolean coverage) {

    public XdpInput {
        packet = Objects.requireNonNull(packet, "packet").clone();
        metadata = metadata == null ? new byte[0] : metadata.clone();
        if (repeat < 0) {
            throw new IllegalArgumentException("repeat must not be negative");
        }
    }

    public static XdpInput of(byte[] packet) {
        return new XdpInput(packet, null, 1, 0, 0, -1, 1, false, false);
    }

    @Override
    public byte[] packet() {
        return packet.clone();
    }

    @Override
    public byte[] metadata() {
        return metadata.clone();
    }

    public XdpInput metadata(byte[] meta) {
        return new XdpInput(packet, meta, ingressIfindex, rxQueueIndex, egressIfindex, linearLength, repeat, trace, coverage);
    }

    public XdpInput ingress(int ifindex, int rxQueue) {
        return new XdpInput(packet, metadata, ifindex, rxQueue, egressIfindex, linearLength, repeat, trace, coverage);
    }

    public XdpInput ingress(int ifindex) {
        return ingress(ifindex, rxQueueIndex);
    }

    public XdpInput egress(int ifindex) {
        return new XdpInput(packet, metadata, ingressIfindex, rxQueueIndex, ifindex, linearLength, repeat, trace, coverage);
    }

    public XdpInput linear(int bytes) {
        return new XdpInput(packet, metadata, ingressIfindex, rxQueueIndex, egressIfindex, bytes, repeat, trace, coverage);
    }

    public XdpInput repeat(int times) {
        return new XdpInput(packet, metadata, ingressIfindex, rxQueueIndex, egressIfindex, linearLength, times, trace, coverage);
    }

    public XdpInput traced() {
        return new XdpInput(packet, metadata, ingressIfindex, rxQueueIndex, egressIfindex, linearLength, repeat, true, coverage);
    }

    public XdpInput withCoverage() {
        return new XdpInput(packet, metadata, ingressIfindex, rxQueueIndex, egressIfindex, linearLength, repeat, trace, true);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof XdpInput x && java.util.Arrays.equals(packet, x.packet)
                && java.util.Arrays.equals(metadata, x.metadata) && ingressIfindex == x.ingressIfindex
                && rxQueueIndex == x.rxQueueIndex && egressIfindex == x.egressIfindex && linearLength == x.linearLength
                && repeat == x.repeat && trace == x.trace && coverage == x.coverage;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(packet) * 31 + repeat;
    }

    @Override
    public String toString() {
        return "XdpInput[" + packet.length + " bytes" + (metadata.length > 0 ? ", " + metadata.length + " bytes metadata" : "")
                + ", ingress " + ingressIfindex + " queue " + rxQueueIndex + (repeat > 1 ? ", repeat " + repeat : "") + "]";
    }
}
