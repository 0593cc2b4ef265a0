package dev.bpfj.dsl;

import dev.bpfj.core.AluOp;
import dev.bpfj.core.Helpers;
import dev.bpfj.core.JumpOp;
import dev.bpfj.dsl.headers.Ipv4;

/**
 * Internet checksums (RFC 1071) the way fast XDP code keeps them: incremental updates (RFC 1624) when
 * a few words change, a full IPv4 header sum, and {@code bpf_csum_diff} for larger changes. Sums work
 * on the bytes as loaded, so no byte swaps are needed.
 */
public final class Checksum {
    private final Gen gen;

    Checksum(Gen gen) {
        this.gen = gen;
    }

    /**
     * Decrements the IPv4 TTL and patches the header checksum for it, as the kernel's
     * {@code ip_decrease_ttl} does; returns the new TTL.
     */
    public Value decrementTtl(Header<Ipv4> ip) {
        Value ttl = ip.get(Ipv4.TTL).sub(1);
        Value check = ip.get(Ipv4.CHECKSUM).raw().add(0x0001); // htons(0x0100) as loaded
        int c = check.reg;
        String ok = gen.code().newLabel("csum");
        gen.code().jumpImm(true, JumpOp.JLT, c, 0xffff, ok);
        gen.code().aluImm(false, AluOp.ADD, c, 1);
        gen.code().label(ok);
        gen.store(dev.bpfj.dsl.ScalarType.U16, ip.base, ip.offset + Ipv4.CHECKSUM.offset(), check);
        ip.set(Ipv4.TTL, ttl);
        return ttl;
    }

    /**
     * Updates a 16-bit checksum field for one 16-bit word changing from {@code from} to {@code to} (RFC
     * 1624: {@code HC' = ~(~HC + ~m + m')}). Both words are taken as stored in the packet: pass
     * network-order values (fields, or constants of a network-order type).
     */
    public <S> void replace16(Header<S> h, Field<S> checksumField, Value from, Value to) {
        Value hc = h.get(checksumField).raw();
        // ~m + m' first: with constant words it folds to one constant
        Value sum = hc.xor(0xffff).add(stored16(from).xor(0xffff).add(stored16(to)));
        store(h, checksumField, fold(sum));
    }

    /** As {@link #replace16} for a 32-bit word (an IPv4 address): both halves change. */
    public <S> void replace32(Header<S> h, Field<S> checksumField, Value from, Value to) {
        Value hc = h.get(checksumField).raw();
        Value f = stored32(from);
        Value t = stored32(to);
        Value sum = hc.xor(0xffff)
                .add(f.and(0xffff).xor(0xffff)).add(f.shr(16).xor(0xffff))
                .add(t.and(0xffff)).add(t.shr(16));
        store(h, checksumField, fold(sum));
    }

    /**
     * Recomputes the IPv4 header checksum over the 20-byte fixed header (options are not covered;
     * use it for headers with {@code ihl == 5}).
     */
    public void ipv4Header(Header<Ipv4> ip) {
        ip.set(Ipv4.CHECKSUM, 0);
        Value sum = null;
        for (int i = 0; i < 20; i += 4) {
            Value w = gen.load(ScalarType.U32, ip.base, ip.offset + i);
            sum = sum == null ? w.as(ScalarType.U64) : sum.add(w);
        }
        // five words sum to under 2^35: one 16-bit fold brings that under 2^20, where fold() is exact
        store(ip, Ipv4.CHECKSUM, fold(sum.and(0xffff).add(sum.shr(16))));
    }

    /**
     * {@code bpf_csum_diff(from, fromSize, to, toSize, seed)} over two stack structs (sizes multiples of
     * 4); returns the folded 16-bit difference to add to a checksum.
     */
    public Value diff(Struct<?> from, Struct<?> to, Value seed) {
        Gen.Arg f = from.prepare();
        Gen.Arg t = to.prepare();
        return gen.call(Helpers.CSUM_DIFF, ScalarType.U64, f, new Gen.ImmArg(from.layout.size()),
                t, new Gen.ImmArg(to.layout.size()), Gen.arg(gen, seed));
    }

    private Value stored16(Value v) {
        return v.type().bigEndian() ? v.raw() : v.network().raw();
    }

    private Value stored32(Value v) {
        Value n = v.type().bigEndian() ? v : v.as(ScalarType.BE32);
        return n.raw();
    }

    /**
     * Folds a one's-complement sum under 2^20 to 16 bits and complements it. Bits above 16 are left over,
     * as the result is only ever stored as 16 bits: after the first fold the sum is at most 0x1000f, and
     * adding its carry back gives the right low 16 bits without masking them first.
     */
    private Value fold(Value sum) {
        Value s = sum.and(0xffff).add(sum.shr(16));
        s = s.add(s.shr(16));
        return s.xor(0xffff);
    }

    private <S> void store(Header<S> h, Field<S> field, Value folded) {
        h.checkAlive();
        gen.store(ScalarType.U16, h.base, h.offset + field.offset(), folded);
    }
}
