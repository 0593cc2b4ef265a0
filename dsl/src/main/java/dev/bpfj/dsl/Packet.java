package dev.bpfj.dsl;

import dev.bpfj.core.AluOp;
import dev.bpfj.core.JumpOp;
import dev.bpfj.core.XdpAction;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.Ipv6;

/**
 * The packet an XDP program sees, reachable only through bounds-checked views:
 * {@code packet().header(Ethernet.LAYOUT).orReturn(XdpAction.PASS)}.
 */
public final class Packet {
    private final Gen gen;

    Packet(Gen gen) {
        this.gen = gen;
    }

    /** The header at the start of the packet, to be bounds-checked. */
    public <S> Check<S> header(Layout<S> layout) {
        return new Check<>(gen, layout, gen.data(), 0);
    }

    /** A header at a fixed offset from the start of the packet, to be bounds-checked. */
    public <S> Check<S> header(int offset, Layout<S> layout) {
        return new Check<>(gen, layout, gen.data(), offset);
    }

    /**
     * A header at a computed offset from the start of the packet (e.g. {@code length - 8} for a
     * trailer), to be bounds-checked. The offset is masked to 15 bits so the verifier can bound it.
     */
    public <S> Check<S> header(Value offset, Layout<S> layout) {
        Value off = offset.as(ScalarType.U32).and(0x7fff);
        int base = gen.newReg();
        gen.code().mov(base, gen.data());
        gen.code().alu(true, AluOp.ADD, base, gen.reg(off));
        return new Check<>(gen, layout, base, 0);
    }

    /** A movable position at the start of the packet, see {@link Cursor}. */
    public Cursor cursor() {
        return new Cursor(gen, gen.data(), 0);
    }

    /** {@code data_end - data}: the bytes of the packet's linear part. */
    public Value length() {
        int r = gen.newReg();
        gen.code().mov(r, gen.dataEnd());
        gen.code().alu(true, AluOp.SUB, r, gen.data());
        return new Value(gen, ScalarType.U32, r);
    }

    /**
     * Skips up to {@code max} 802.1Q / 802.1ad tags after an Ethernet header, returning
     * {@code action} when a tag is cut short. The result holds the inner EtherType and continues with
     * the header after the tags.
     */
    public Vlans skipVlans(Header<Ethernet> eth, int max, XdpAction action) {
        eth.checkAlive();
        Var proto = gen.newVar(ScalarType.BE16, eth.get(Ethernet.TYPE));
        int ptr = gen.newReg();
        gen.code().mov(ptr, eth.base);
        int at = eth.offset + Ethernet.LAYOUT.size();
        String done = gen.code().newLabel("vlans");
        String fail = gen.retLabel(action.value());
        long q = ScalarType.BE16.toStored(dev.bpfj.dsl.headers.EtherType.VLAN);
        long ad = ScalarType.BE16.toStored(dev.bpfj.dsl.headers.EtherType.QINQ);
        for (int i = 0; i < max; i++) {
            String tagged = gen.code().newLabel("tag");
            gen.code().jumpImm(true, JumpOp.JEQ, proto.reg, (int) q, tagged);
            gen.code().jumpImm(true, JumpOp.JNE, proto.reg, (int) ad, done);
            gen.code().label(tagged);
            gen.boundsCheck(ptr, at + 4, fail, false);
            gen.code().load(ScalarType.BE16.accessSize(), proto.reg, ptr, at + 2);
            gen.code().aluImm(true, AluOp.ADD, ptr, 4);
        }
        gen.code().label(done);
        return new Vlans(gen, proto.get(), snapshot(ptr), at);
    }

    /**
     * Skips up to {@code max} IPv6 extension headers (hop-by-hop, routing, destination options,
     * fragment, AH) after an IPv6 header, returning {@code action} when one is cut short. The result
     * holds the upper-layer protocol and continues with the header after them.
     */
    public Vlans skipIpv6Extensions(Header<Ipv6> ip6, int max, XdpAction action) {
        ip6.checkAlive();
        Var next = gen.newVar(ScalarType.U8, ip6.get(Ipv6.NEXT_HEADER));
        int ptr = gen.newReg();
        gen.code().mov(ptr, ip6.base);
        int at = ip6.offset + Ipv6.LAYOUT.size();
        String done = gen.code().newLabel("exts");
        String fail = gen.retLabel(action.value());
        // Written so that the verifier walks one path per header, not one per kind of header: membership
        // is one bit test, and the length is computed without branching except for the fragment header.
        for (int i = 0; i < max; i++) {
            String fragment = gen.code().newLabel("frag");
            String step = gen.code().newLabel("step");
            int t = gen.newReg();
            gen.code().jumpImm(true, JumpOp.JGT, next.reg, 60, done);
            gen.code().movImm(t, IPV6_EXTENSIONS);
            gen.code().alu(true, AluOp.RSH, t, next.reg);
            gen.code().aluImm(true, AluOp.AND, t, 1);
            gen.code().jumpImm(true, JumpOp.JEQ, t, 0, done);
            gen.boundsCheck(ptr, at + 8, fail, false);
            int len = gen.newReg();
            gen.code().jumpImm(true, JumpOp.JEQ, next.reg, IPPROTO_FRAGMENT, fragment);
            // AH counts 4-byte units minus 2, the others 8-byte units minus 1: hdrlen << (AH ? 2 : 3), plus 8
            int notAh = gen.newReg();
            gen.code().mov(notAh, next.reg);
            gen.code().aluImm(true, AluOp.XOR, notAh, IPPROTO_AH);
            gen.code().aluImm(true, AluOp.ADD, notAh, 255);
            gen.code().aluImm(true, AluOp.RSH, notAh, 8);
            gen.code().load(dev.bpfj.core.Size.B, len, ptr, at + 1);
            gen.code().aluImm(true, AluOp.LSH, len, 2);
            gen.code().alu(true, AluOp.LSH, len, notAh);
            gen.code().aluImm(true, AluOp.AND, len, 0x7fc);
            gen.code().aluImm(true, AluOp.ADD, len, 8);
            gen.code().jump(step);
            gen.code().label(fragment);
            gen.code().movImm(len, 8); // the fragment header is 8 bytes
            gen.code().label(step);
            gen.code().load(dev.bpfj.core.Size.B, next.reg, ptr, at);
            gen.code().alu(true, AluOp.ADD, ptr, len);
        }
        gen.code().label(done);
        return new Vlans(gen, next.get(), snapshot(ptr), at);
    }

    /** Bits 0 (hop-by-hop), 43 (routing), 44 (fragment), 51 (AH), 60 (destination options). */
    private static final long IPV6_EXTENSIONS = 1L | 1L << 43 | 1L << 44 | 1L << 51 | 1L << 60;
    private static final int IPPROTO_FRAGMENT = 44;
    private static final int IPPROTO_AH = 51;

    private int snapshot(int ptr) {
        int r = gen.newReg();
        gen.code().mov(r, ptr);
        return r;
    }
}
