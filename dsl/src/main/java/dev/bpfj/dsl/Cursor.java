package dev.bpfj.dsl;

import dev.bpfj.core.AluOp;
import dev.bpfj.core.SourceLocation;

/**
 * A movable position in the packet, as a C parser keeps {@code void *cursor}: declare it before the
 * branches that parse different headers, move it in each ({@link #setAfter}), and parse what follows
 * once after they merge ({@link #header}). Headers taken from a cursor are bounds-checked like any
 * other; moving the cursor later does not move them.
 *
 * <pre>{@code
 * var l4 = eth.cursorAfter();
 * var proto = local(ScalarType.U8, 0);
 * when(type.eq(EtherType.IPV4), () -> {
 *     var ip = l4.header(Ipv4.LAYOUT).orReturn(PASS);
 *     proto.set(ip.get(Ipv4.PROTOCOL));
 *     l4.setAfter(ip);                       // honours ihl * 4
 * }).orWhen(type.eq(EtherType.IPV6), () -> {
 *     var ip6 = l4.header(Ipv6.LAYOUT).orReturn(PASS);
 *     proto.set(ip6.get(Ipv6.NEXT_HEADER));
 *     l4.setAfter(ip6);
 * });
 * when(proto.eq(IpProto.UDP), () -> {
 *     var udp = l4.header(Udp.LAYOUT).orReturn(PASS);  // one UDP parser for both families
 *     ...
 * });
 * }</pre>
 *
 * Helpers that move packet data ({@code adjustHead} ...) kill cursors as they kill views.
 */
public final class Cursor {
    private final Gen gen;
    final int reg;
    private final int generation;
    private final int scope;
    private final SourceLocation born;

    /** A cursor at {@code base + offset}. */
    Cursor(Gen gen, int base, int offset) {
        this.gen = gen;
        this.reg = gen.newReg();
        this.generation = gen.packetGeneration;
        this.scope = gen.currentScope();
        this.born = gen.here();
        gen.code().mov(reg, base);
        if (offset != 0) {
            gen.code().aluImm(true, AluOp.ADD, reg, offset);
        }
    }

    void checkAlive() {
        gen.checkActive("this cursor", born);
        if (generation != gen.packetGeneration) {
            throw gen.error("this cursor (made at " + born + ") is dead: the packet was moved at " + gen.lastPacketChange
                    + " and the kernel forgets every packet bound then; make a new cursor from packet()");
        }
        if (!gen.isActive(scope)) {
            throw gen.error("this cursor was made at " + born + " inside a block and is used outside it; make it"
                    + " before the block and move it inside");
        }
    }

    /** The header at the cursor, to be bounds-checked; it stays where it is when the cursor moves on. */
    public <S> Check<S> header(Layout<S> layout) {
        checkAlive();
        int at = gen.newReg();
        gen.code().mov(at, reg);
        return new Check<>(gen, layout, at, 0);
    }

    /** Moves the cursor to where {@code other} is. */
    public Cursor set(Cursor other) {
        checkAlive();
        other.checkAlive();
        gen.code().mov(reg, other.reg);
        return this;
    }

    /** Moves the cursor to the start of {@code header}. */
    public Cursor setAt(Header<?> header) {
        checkAlive();
        header.checkAlive();
        gen.code().mov(reg, header.base);
        if (header.offset != 0) {
            gen.code().aluImm(true, AluOp.ADD, reg, header.offset);
        }
        return this;
    }

    /** Moves the cursor past {@code header}, by its real length ({@code ihl * 4} for IPv4, {@code doff * 4} for TCP). */
    public Cursor setAfter(Header<?> header) {
        checkAlive();
        header.checkAlive();
        Value length = header.variableLength();
        gen.code().mov(reg, header.base);
        if (length != null) {
            gen.code().alu(true, AluOp.ADD, reg, gen.reg(length));
            if (header.offset != 0) {
                gen.code().aluImm(true, AluOp.ADD, reg, header.offset);
            }
        } else {
            gen.code().aluImm(true, AluOp.ADD, reg, header.offset + header.layout.size());
        }
        return this;
    }

    /** Moves the cursor {@code bytes} on. */
    public Cursor advance(int bytes) {
        checkAlive();
        if (bytes < 0 || bytes > 0xffff) {
            throw gen.error("a cursor advances by 0..65535 bytes, not " + bytes);
        }
        if (bytes != 0) {
            gen.code().aluImm(true, AluOp.ADD, reg, bytes);
        }
        return this;
    }

    /**
     * Moves the cursor on by a computed number of bytes (an option's length, say). The value is masked
     * to 10 bits (0..1023) so the verifier can bound the pointer; header lengths are far smaller.
     */
    public Cursor advance(Value bytes) {
        checkAlive();
        if (bytes.isConstant()) {
            return advance((int) bytes.constant());
        }
        Value bounded = bytes.as(ScalarType.U32).and(0x3ff);
        gen.code().alu(true, AluOp.ADD, reg, gen.reg(bounded));
        return this;
    }

    @Override
    public String toString() {
        return "cursor v" + reg + " from " + born;
    }
}
