package dev.bpfj.dsl;

/**
 * Where a chain of optional headers (VLAN tags, IPv6 extension headers) ended: the protocol found
 * after them and the position of the next header.
 */
public final class Vlans {
    private final Gen gen;
    private final Value protocol;
    private final int base;
    private final int offset;
    private final int generation;

    Vlans(Gen gen, Value protocol, int base, int offset) {
        this.gen = gen;
        this.protocol = protocol;
        this.base = base;
        this.offset = offset;
        this.generation = gen.packetGeneration;
    }

    /** The EtherType (network order) after the VLAN tags, or the upper-layer protocol after IPv6 extensions. */
    public Value protocol() {
        return protocol;
    }

    /** A cursor at the header after the chain, to move on from there (see {@link Cursor}). */
    public Cursor cursor() {
        if (generation != gen.packetGeneration) {
            throw gen.error("the packet was moved at " + gen.lastPacketChange + " after these headers were parsed; parse again");
        }
        return new Cursor(gen, base, offset);
    }

    /** The header after the chain, to be bounds-checked. */
    public <N> Check<N> next(Layout<N> layout) {
        if (generation != gen.packetGeneration) {
            throw gen.error("the packet was moved at " + gen.lastPacketChange + " after these headers were parsed; parse again");
        }
        return new Check<>(gen, layout, base, offset);
    }
}
