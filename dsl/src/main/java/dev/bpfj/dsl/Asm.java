package dev.bpfj.dsl;

import static dev.bpfj.core.Opcodes.*;

import dev.bpfj.core.AluOp;
import dev.bpfj.core.AsmParser;
import dev.bpfj.core.AtomicOp;
import dev.bpfj.core.Helper;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.JumpOp;
import dev.bpfj.core.Register;
import dev.bpfj.core.Size;
import dev.bpfj.core.SourceLocation;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.FunctionInfo;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ProgramSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The BPF assembler: one method per instruction form, symbolic labels, maps and functions by name.
 * Nothing is hidden — what you write is what the kernel gets — but offsets are computed for you and
 * every instruction remembers the Java line that emitted it.
 *
 * <pre>{@code
 * ProgramSpec prog = Asm.program("count", "xdp")
 *         .mov(R6, R1)                       // keep ctx
 *         .st(Size.W, R10, -4, 0)            // key = 0
 *         .mov(R2, R10).add(R2, -4)
 *         .ldMap(R1, "counters")
 *         .call(Helpers.MAP_LOOKUP_ELEM)
 *         .jeq(R0, 0, "out")
 *         .mov(R1, 1).atomicAdd(Size.DW, R0, 0, R1)
 *         .label("out")
 *         .mov(R0, XdpAction.PASS.value())
 *         .exit()
 *         .build();
 * }</pre>
 *
 * <p>Methods without a suffix are 64-bit ({@code ALU64}, {@code JMP}); the {@code 32} suffix selects
 * the 32-bit class ({@code ALU}, {@code JMP32}). {@link #function(String)} starts a bpf-to-bpf
 * subprogram; the built program is in loaded form: the entry function, then every subprogram it
 * reaches, calls resolved. An {@code Asm} builds once; its {@link ProgramSpec} is immutable.
 */
public final class Asm {

    /** How a pending item's {@code target} is resolved. */
    private enum Target { NONE, JUMP, CALL, FUNC_ADDR }

    /** An instruction whose jump, call or function reference may still be a name. */
    private record Item(Instruction insn, String target, Target kind) {}

    private record Function(String name, int firstItem, SourceLocation where, BtfType.FuncProto proto) {}

    private final String name;
    private final String section;
    private final SourceCapture capture;
    private final List<Item> items = new ArrayList<>();
    private final Map<String, Integer> labels = new HashMap<>();
    private final Map<String, SourceLocation> labelSources = new HashMap<>();
    private final List<Function> functions = new ArrayList<>();
    private SourceLocation fixedSource;
    private boolean built;
    private int anonymous;

    private Asm(String name, String section, SourceCapture capture) {
        this.name = Objects.requireNonNull(name, "name");
        this.section = Objects.requireNonNull(section, "section");
        this.capture = Objects.requireNonNull(capture, "capture");
        functions.add(new Function(name, 0, null, null));
    }

    /** An assembler for a program named {@code name} in ELF section {@code section} (e.g. {@code xdp}). */
    public static Asm program(String name, String section) {
        return new Asm(name, section, new SourceCapture());
    }

    /** As {@link #program(String, String)}, looking up source lines with the given capture. */
    public static Asm program(String name, String section, SourceCapture capture) {
        return new Asm(name, section, capture);
    }

    /**
     * Parses assembly text in the disassembler's syntax ({@code r0 = 2}, {@code if r1 > r2 goto out},
     * {@code call bpf_map_lookup_elem}, {@code r1 = map[counters] ll}) into instructions, labels
     * resolved.
     */
    public static List<Instruction> parse(String text) {
        return AsmParser.parse(text);
    }

    public String name() {
        return name;
    }

    public String section() {
        return section;
    }

    // ---------------------------------------------------------------- source locations

    /**
     * Makes the following instructions record {@code where} instead of the calling Java line; null
     * returns to capturing the caller. Code generators use it to attribute code to their user's line.
     */
    public Asm at(SourceLocation where) {
        this.fixedSource = where;
        return this;
    }

    private SourceLocation where() {
        return fixedSource != null ? fixedSource : capture.here();
    }

    // ---------------------------------------------------------------- labels and functions

    /** Binds {@code label} to the next instruction. Jumps may name it before or after this call. */
    public Asm label(String label) {
        checkOpen();
        Objects.requireNonNull(label, "label");
        SourceLocation here = where();
        if (labels.containsKey(label)) {
            throw new BpfBuildException(here, "label '" + label + "' is already bound at " + describe(labelSources.get(label))
                    + "; give each label a distinct name (newLabel() makes fresh ones)");
        }
        labels.put(label, items.size());
        labelSources.put(label, here);
        return this;
    }

    /** A label name not used before in this assembler, for code generators. */
    public String newLabel(String hint) {
        String l;
        do {
            l = "." + hint + "." + anonymous++;
        } while (labels.containsKey(l));
        return l;
    }

    /** Whether {@code label} is bound already. */
    public boolean isBound(String label) {
        return labels.containsKey(label);
    }

    /**
     * Starts a bpf-to-bpf function named {@code function}: the instructions that follow are its body,
     * {@code call(function)} calls it, {@code ldFunc} takes its address. The previous function must end
     * with {@code exit} or a jump.
     */
    public Asm function(String function) {
        return function(function, null);
    }

    /** As {@link #function(String)}, with the BTF prototype recorded in its func_info. */
    public Asm function(String function, BtfType.FuncProto proto) {
        checkOpen();
        SourceLocation here = where();
        for (Function f : functions) {
            if (f.name().equals(function)) {
                throw new BpfBuildException(here, "function '" + function + "' is already defined"
                        + (f.where() == null ? "" : " at " + f.where()) + "; give each function a distinct name");
            }
        }
        label(function);
        functions.add(new Function(function, items.size(), here, proto));
        return this;
    }

    /** Sets the BTF prototype of the entry function. */
    public Asm entryProto(BtfType.FuncProto proto) {
        Function f = functions.get(0);
        functions.set(0, new Function(f.name(), 0, f.where(), proto));
        return this;
    }

    // ---------------------------------------------------------------- raw emission

    /** Appends an instruction as it is (its source is replaced by the caller's line if it has none). */
    public Asm emit(Instruction insn) {
        checkOpen();
        if (insn.source() == null) {
            insn = insn.withSource(where());
        }
        checkWrite(insn);
        items.add(new Item(insn, null, Target.NONE));
        return this;
    }

    /** Appends instructions as they are; relative jumps among them must stay among them. */
    public Asm emit(Collection<Instruction> insns) {
        SourceLocation here = where();
        for (Instruction i : insns) {
            emit(i.source() == null ? i.withSource(here) : i);
        }
        return this;
    }

    /** Appends instructions parsed from assembly text (see {@link #parse(String)}), attributed to the caller. */
    public Asm emit(String assembly) {
        return emit(parse(assembly));
    }

    private Asm add(int opcode, Register dst, Register src, int offset, long imm) {
        return add(opcode, dst.index(), src == null ? 0 : src.index(), offset, imm, null, Target.NONE, null);
    }

    private Asm add(int opcode, int dst, int src, int offset, long imm, String target, Target kind, String reference) {
        checkOpen();
        Instruction insn = new Instruction(opcode, dst, src, offset, imm, reference, where());
        checkWrite(insn);
        items.add(new Item(insn, target, kind));
        return this;
    }

    /** Rejects instructions that would write the read-only frame pointer. */
    private static void checkWrite(Instruction insn) {
        int written = writtenRegister(insn);
        if (written == 10) {
            throw new BpfBuildException(insn.source(), "'" + insn + "' writes r10, the read-only frame pointer;"
                    + " copy it first (mov(R2, R10)) and change the copy");
        }
    }

    private static int writtenRegister(Instruction insn) {
        int cls = insn.cls();
        if (cls == ALU || cls == ALU64 || cls == LDX || insn.opcode() == LDDW) {
            return insn.dst();
        }
        if (cls == STX && mode(insn.opcode()) == ATOMIC) {
            int imm = insn.imm32();
            if (imm == LOAD_ACQ) {
                return insn.dst();
            }
            if (imm == CMPXCHG) {
                return 0;
            }
            if ((imm & FETCH) != 0) {
                return insn.src();
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- ALU

    /** {@code dst op= src} in 64 bits. */
    public Asm alu(AluOp op, Register dst, Register src) {
        return add(ALU64 | op.code() | X, dst, src, op.offset(), 0);
    }

    /** {@code dst op= imm} in 64 bits ({@code imm} sign-extended). */
    public Asm alu(AluOp op, Register dst, int imm) {
        return add(ALU64 | op.code() | K, dst, null, op.offset(), imm);
    }

    /** {@code wdst op= wsrc} in 32 bits, zero-extending the result. */
    public Asm alu32(AluOp op, Register dst, Register src) {
        return add(ALU | op.code() | X, dst, src, op.offset(), 0);
    }

    /** {@code wdst op= imm} in 32 bits, zero-extending the result. */
    public Asm alu32(AluOp op, Register dst, int imm) {
        return add(ALU | op.code() | K, dst, null, op.offset(), imm);
    }

    /** {@code dst = src} */
    public Asm mov(Register dst, Register src) {
        return alu(AluOp.MOV, dst, src);
    }

    /**
     * {@code dst = value}: a {@code mov} when the value fits a sign-extended 32-bit immediate, else an
     * {@code lddw}.
     */
    public Asm mov(Register dst, long value) {
        return value == (int) value ? alu(AluOp.MOV, dst, (int) value) : lddw(dst, value);
    }

    /** {@code wdst = wsrc} (zero-extends). */
    public Asm mov32(Register dst, Register src) {
        return alu32(AluOp.MOV, dst, src);
    }

    /** {@code wdst = imm} (zero-extends: {@code mov32(R1, -1)} gives 0xffffffff). */
    public Asm mov32(Register dst, int imm) {
        return alu32(AluOp.MOV, dst, imm);
    }

    /** {@code dst = (s8|s16|s32) src}: sign-extending move of the low {@code bits} (8, 16 or 32). */
    public Asm movsx(Register dst, Register src, int bits) {
        if (bits != 8 && bits != 16 && bits != 32) {
            throw new BpfBuildException(where(), "movsx extends 8, 16 or 32 bits, not " + bits);
        }
        return add(ALU64 | MOV | X, dst, src, bits, 0);
    }

    /** {@code wdst = (s8|s16) wsrc}: 32-bit sign-extending move of the low {@code bits} (8 or 16). */
    public Asm movsx32(Register dst, Register src, int bits) {
        if (bits != 8 && bits != 16) {
            throw new BpfBuildException(where(), "movsx32 extends 8 or 16 bits, not " + bits);
        }
        return add(ALU | MOV | X, dst, src, bits, 0);
    }

    public Asm add(Register dst, Register src) {
        return alu(AluOp.ADD, dst, src);
    }

    public Asm add(Register dst, int imm) {
        return alu(AluOp.ADD, dst, imm);
    }

    public Asm add32(Register dst, Register src) {
        return alu32(AluOp.ADD, dst, src);
    }

    public Asm add32(Register dst, int imm) {
        return alu32(AluOp.ADD, dst, imm);
    }

    public Asm sub(Register dst, Register src) {
        return alu(AluOp.SUB, dst, src);
    }

    public Asm sub(Register dst, int imm) {
        return alu(AluOp.SUB, dst, imm);
    }

    public Asm sub32(Register dst, Register src) {
        return alu32(AluOp.SUB, dst, src);
    }

    public Asm sub32(Register dst, int imm) {
        return alu32(AluOp.SUB, dst, imm);
    }

    public Asm mul(Register dst, Register src) {
        return alu(AluOp.MUL, dst, src);
    }

    public Asm mul(Register dst, int imm) {
        return alu(AluOp.MUL, dst, imm);
    }

    public Asm mul32(Register dst, Register src) {
        return alu32(AluOp.MUL, dst, src);
    }

    public Asm mul32(Register dst, int imm) {
        return alu32(AluOp.MUL, dst, imm);
    }

    /** Unsigned division; a zero divisor register gives 0. */
    public Asm div(Register dst, Register src) {
        return alu(AluOp.DIV, dst, src);
    }

    public Asm div(Register dst, int imm) {
        return alu(AluOp.DIV, checkDivisor(dst, imm), imm);
    }

    public Asm div32(Register dst, Register src) {
        return alu32(AluOp.DIV, dst, src);
    }

    public Asm div32(Register dst, int imm) {
        return alu32(AluOp.DIV, checkDivisor(dst, imm), imm);
    }

    /** Signed division (cpu v4). */
    public Asm sdiv(Register dst, Register src) {
        return alu(AluOp.SDIV, dst, src);
    }

    public Asm sdiv(Register dst, int imm) {
        return alu(AluOp.SDIV, checkDivisor(dst, imm), imm);
    }

    public Asm sdiv32(Register dst, Register src) {
        return alu32(AluOp.SDIV, dst, src);
    }

    public Asm sdiv32(Register dst, int imm) {
        return alu32(AluOp.SDIV, checkDivisor(dst, imm), imm);
    }

    /** Unsigned remainder; a zero divisor register leaves dst unchanged. */
    public Asm mod(Register dst, Register src) {
        return alu(AluOp.MOD, dst, src);
    }

    public Asm mod(Register dst, int imm) {
        return alu(AluOp.MOD, checkDivisor(dst, imm), imm);
    }

    public Asm mod32(Register dst, Register src) {
        return alu32(AluOp.MOD, dst, src);
    }

    public Asm mod32(Register dst, int imm) {
        return alu32(AluOp.MOD, checkDivisor(dst, imm), imm);
    }

    /** Signed remainder (cpu v4). */
    public Asm smod(Register dst, Register src) {
        return alu(AluOp.SMOD, dst, src);
    }

    public Asm smod(Register dst, int imm) {
        return alu(AluOp.SMOD, checkDivisor(dst, imm), imm);
    }

    public Asm smod32(Register dst, Register src) {
        return alu32(AluOp.SMOD, dst, src);
    }

    public Asm smod32(Register dst, int imm) {
        return alu32(AluOp.SMOD, checkDivisor(dst, imm), imm);
    }

    public Asm or(Register dst, Register src) {
        return alu(AluOp.OR, dst, src);
    }

    public Asm or(Register dst, int imm) {
        return alu(AluOp.OR, dst, imm);
    }

    public Asm or32(Register dst, Register src) {
        return alu32(AluOp.OR, dst, src);
    }

    public Asm or32(Register dst, int imm) {
        return alu32(AluOp.OR, dst, imm);
    }

    public Asm and(Register dst, Register src) {
        return alu(AluOp.AND, dst, src);
    }

    public Asm and(Register dst, int imm) {
        return alu(AluOp.AND, dst, imm);
    }

    public Asm and32(Register dst, Register src) {
        return alu32(AluOp.AND, dst, src);
    }

    public Asm and32(Register dst, int imm) {
        return alu32(AluOp.AND, dst, imm);
    }

    public Asm xor(Register dst, Register src) {
        return alu(AluOp.XOR, dst, src);
    }

    public Asm xor(Register dst, int imm) {
        return alu(AluOp.XOR, dst, imm);
    }

    public Asm xor32(Register dst, Register src) {
        return alu32(AluOp.XOR, dst, src);
    }

    public Asm xor32(Register dst, int imm) {
        return alu32(AluOp.XOR, dst, imm);
    }

    /** {@code dst <<= src} (count masked to 63). */
    public Asm lsh(Register dst, Register src) {
        return alu(AluOp.LSH, dst, src);
    }

    public Asm lsh(Register dst, int imm) {
        return alu(AluOp.LSH, dst, checkShift(imm, 64));
    }

    public Asm lsh32(Register dst, Register src) {
        return alu32(AluOp.LSH, dst, src);
    }

    public Asm lsh32(Register dst, int imm) {
        return alu32(AluOp.LSH, dst, checkShift(imm, 32));
    }

    /** Logical right shift. */
    public Asm rsh(Register dst, Register src) {
        return alu(AluOp.RSH, dst, src);
    }

    public Asm rsh(Register dst, int imm) {
        return alu(AluOp.RSH, dst, checkShift(imm, 64));
    }

    public Asm rsh32(Register dst, Register src) {
        return alu32(AluOp.RSH, dst, src);
    }

    public Asm rsh32(Register dst, int imm) {
        return alu32(AluOp.RSH, dst, checkShift(imm, 32));
    }

    /** Arithmetic (sign-propagating) right shift. */
    public Asm arsh(Register dst, Register src) {
        return alu(AluOp.ARSH, dst, src);
    }

    public Asm arsh(Register dst, int imm) {
        return alu(AluOp.ARSH, dst, checkShift(imm, 64));
    }

    public Asm arsh32(Register dst, Register src) {
        return alu32(AluOp.ARSH, dst, src);
    }

    public Asm arsh32(Register dst, int imm) {
        return alu32(AluOp.ARSH, dst, checkShift(imm, 32));
    }

    /** {@code dst = -dst} */
    public Asm neg(Register dst) {
        return add(ALU64 | NEG | K, dst, null, 0, 0);
    }

    public Asm neg32(Register dst) {
        return add(ALU | NEG | K, dst, null, 0, 0);
    }

    /** {@code dst = be16|32|64 dst}: to big-endian (a swap on little-endian BPF), zero-extending. */
    public Asm be(Register dst, int bits) {
        return add(ALU | END | TO_BE, dst, null, 0, checkSwapWidth(bits));
    }

    /** {@code dst = le16|32|64 dst}: to little-endian (truncation on little-endian BPF). */
    public Asm le(Register dst, int bits) {
        return add(ALU | END | TO_LE, dst, null, 0, checkSwapWidth(bits));
    }

    /** {@code dst = bswap16|32|64 dst}: unconditional byte swap (cpu v4). */
    public Asm bswap(Register dst, int bits) {
        return add(ALU64 | END | TO_LE, dst, null, 0, checkSwapWidth(bits));
    }

    private Register checkDivisor(Register dst, int imm) {
        if (imm == 0) {
            throw new BpfBuildException(where(), "division by the constant 0 (the kernel rejects it as 'div by zero')");
        }
        return dst;
    }

    private int checkShift(int imm, int width) {
        if (imm < 0 || imm >= width) {
            throw new BpfBuildException(where(), "shift by " + imm + " is outside 0.." + (width - 1)
                    + " (the kernel rejects it as 'invalid shift " + imm + "')");
        }
        return imm;
    }

    private int checkSwapWidth(int bits) {
        if (bits != 16 && bits != 32 && bits != 64) {
            throw new BpfBuildException(where(), "byte swaps work on 16, 32 or 64 bits, not " + bits);
        }
        return bits;
    }

    // ---------------------------------------------------------------- 64-bit immediates

    /** {@code dst = imm ll}: the two-slot wide load of a 64-bit constant. */
    public Asm lddw(Register dst, long imm) {
        return add(LDDW, dst.index(), 0, 0, imm, null, Target.NONE, null);
    }

    /** {@code dst = map[name] ll}: the address of the map named {@code map} (resolved by the loader). */
    public Asm ldMap(Register dst, String map) {
        return add(LDDW, dst.index(), PSEUDO_MAP_FD, 0, 0, null, Target.NONE, Objects.requireNonNull(map, "map"));
    }

    /**
     * {@code dst = map_value[name] + offset ll}: the address of byte {@code offset} of the single value
     * of an array map (e.g. a {@code .data} or {@code .rodata} section).
     */
    public Asm ldMapValue(Register dst, String map, int offset) {
        return add(LDDW, dst.index(), PSEUDO_MAP_VALUE, 0, ((long) offset) << 32, null, Target.NONE,
                Objects.requireNonNull(map, "map"));
    }

    /** {@code dst = func[name] ll}: the address of a local function, e.g. a {@code bpf_loop} callback. */
    public Asm ldFunc(Register dst, String function) {
        return add(LDDW, dst.index(), PSEUDO_FUNC, 0, 0, Objects.requireNonNull(function, "function"),
                Target.FUNC_ADDR, function);
    }

    /** {@code dst = btf_id[id] ll}: the address of a kernel variable by its BTF id. */
    public Asm ldBtfId(Register dst, int btfId) {
        return add(LDDW, dst.index(), PSEUDO_BTF_ID, 0, btfId & 0xffffffffL, null, Target.NONE, null);
    }

    // ---------------------------------------------------------------- loads and stores

    /** {@code dst = *(size *)(src + offset)}, zero-extended. */
    public Asm ldx(Size size, Register dst, Register src, int offset) {
        return add(LDX | MEM | size.code(), dst, src, offset, 0);
    }

    public Asm ldxb(Register dst, Register src, int offset) {
        return ldx(Size.B, dst, src, offset);
    }

    public Asm ldxh(Register dst, Register src, int offset) {
        return ldx(Size.H, dst, src, offset);
    }

    public Asm ldxw(Register dst, Register src, int offset) {
        return ldx(Size.W, dst, src, offset);
    }

    public Asm ldxdw(Register dst, Register src, int offset) {
        return ldx(Size.DW, dst, src, offset);
    }

    /** {@code dst = *(s8|s16|s32 *)(src + offset)}, sign-extended to 64 bits (cpu v4; not DW). */
    public Asm ldxs(Size size, Register dst, Register src, int offset) {
        if (size == Size.DW) {
            throw new BpfBuildException(where(), "sign-extending loads exist for 1, 2 and 4 bytes; use ldx for 8");
        }
        return add(LDX | MEMSX | size.code(), dst, src, offset, 0);
    }

    /** {@code *(size *)(dst + offset) = src} */
    public Asm stx(Size size, Register dst, int offset, Register src) {
        return add(STX | MEM | size.code(), dst, src, offset, 0);
    }

    public Asm stxb(Register dst, int offset, Register src) {
        return stx(Size.B, dst, offset, src);
    }

    public Asm stxh(Register dst, int offset, Register src) {
        return stx(Size.H, dst, offset, src);
    }

    public Asm stxw(Register dst, int offset, Register src) {
        return stx(Size.W, dst, offset, src);
    }

    public Asm stxdw(Register dst, int offset, Register src) {
        return stx(Size.DW, dst, offset, src);
    }

    /** {@code *(size *)(dst + offset) = imm} (for DW the immediate is sign-extended). */
    public Asm st(Size size, Register dst, int offset, int imm) {
        return add(ST | MEM | size.code(), dst, null, offset, imm);
    }

    public Asm stb(Register dst, int offset, int imm) {
        return st(Size.B, dst, offset, imm);
    }

    public Asm sth(Register dst, int offset, int imm) {
        return st(Size.H, dst, offset, imm);
    }

    public Asm stw(Register dst, int offset, int imm) {
        return st(Size.W, dst, offset, imm);
    }

    public Asm stdw(Register dst, int offset, int imm) {
        return st(Size.DW, dst, offset, imm);
    }

    /** Legacy {@code r0 = *(size *)skb[imm]} (socket filters only; XDP rejects it). */
    public Asm ldAbs(Size size, int imm) {
        return add(LD | ABS | size.code(), Register.R0, null, 0, imm);
    }

    /** Legacy {@code r0 = *(size *)skb[src + imm]} (socket filters only; XDP rejects it). */
    public Asm ldInd(Size size, Register src, int imm) {
        return add(LD | IND | size.code(), Register.R0, src, 0, imm);
    }

    // ---------------------------------------------------------------- atomics

    /** Any {@code STX | ATOMIC} instruction: {@code op} at {@code dst + offset} with {@code src}. */
    public Asm atomic(AtomicOp op, Size size, Register dst, int offset, Register src) {
        if (op != AtomicOp.LOAD_ACQ && op != AtomicOp.STORE_REL && size != Size.W && size != Size.DW) {
            throw new BpfBuildException(where(), "atomic " + op.mnemonic() + " works on 4 or 8 bytes, not " + size.bytes());
        }
        return add(STX | ATOMIC | size.code(), dst, src, offset, op.imm());
    }

    /** {@code lock *(size *)(dst + offset) += src} */
    public Asm atomicAdd(Size size, Register dst, int offset, Register src) {
        return atomic(AtomicOp.ADD, size, dst, offset, src);
    }

    public Asm atomicOr(Size size, Register dst, int offset, Register src) {
        return atomic(AtomicOp.OR, size, dst, offset, src);
    }

    public Asm atomicAnd(Size size, Register dst, int offset, Register src) {
        return atomic(AtomicOp.AND, size, dst, offset, src);
    }

    public Asm atomicXor(Size size, Register dst, int offset, Register src) {
        return atomic(AtomicOp.XOR, size, dst, offset, src);
    }

    /** {@code src = atomic_fetch_add((size *)(dst + offset), src)}: adds, and puts the old value in src. */
    public Asm fetchAdd(Size size, Register dst, int offset, Register src) {
        return atomic(AtomicOp.FETCH_ADD, size, dst, offset, src);
    }

    public Asm fetchOr(Size size, Register dst, int offset, Register src) {
        return atomic(AtomicOp.FETCH_OR, size, dst, offset, src);
    }

    public Asm fetchAnd(Size size, Register dst, int offset, Register src) {
        return atomic(AtomicOp.FETCH_AND, size, dst, offset, src);
    }

    public Asm fetchXor(Size size, Register dst, int offset, Register src) {
        return atomic(AtomicOp.FETCH_XOR, size, dst, offset, src);
    }

    /** {@code src = xchg(dst + offset, src)} */
    public Asm xchg(Size size, Register dst, int offset, Register src) {
        return atomic(AtomicOp.XCHG, size, dst, offset, src);
    }

    /** {@code r0 = cmpxchg(dst + offset, r0, src)}: stores src if memory equals r0; r0 gets the old value. */
    public Asm cmpxchg(Size size, Register dst, int offset, Register src) {
        return atomic(AtomicOp.CMPXCHG, size, dst, offset, src);
    }

    /** {@code dst = load_acquire((size *)(src + offset))} */
    public Asm loadAcquire(Size size, Register dst, Register src, int offset) {
        return add(STX | ATOMIC | size.code(), dst, src, offset, AtomicOp.LOAD_ACQ.imm());
    }

    /** {@code store_release((size *)(dst + offset), src)} */
    public Asm storeRelease(Size size, Register dst, int offset, Register src) {
        return add(STX | ATOMIC | size.code(), dst, src, offset, AtomicOp.STORE_REL.imm());
    }

    // ---------------------------------------------------------------- jumps

    /** {@code goto label} (16-bit reach). */
    public Asm ja(String label) {
        return jumpTo(JMP | JA, 0, 0, 0, label);
    }

    /** {@code gotol label}: the 32-bit-reach unconditional jump (cpu v4). */
    public Asm gotol(String label) {
        return jumpTo(JMP32 | JA, 0, 0, 0, label);
    }

    /** {@code may_goto label}: the kernel's bounded-loop escape (taken once its counter runs out). */
    public Asm mayGoto(String label) {
        return jumpTo(JMP | JCOND, 0, 0, 0, label);
    }

    /** {@code if dst op imm goto label} on 64 bits ({@code imm} sign-extended). */
    public Asm jump(JumpOp op, Register dst, int imm, String label) {
        return jumpTo(JMP | op.code() | K, dst.index(), 0, imm, label);
    }

    /** {@code if dst op src goto label} on 64 bits. */
    public Asm jump(JumpOp op, Register dst, Register src, String label) {
        return jumpTo(JMP | op.code() | X, dst.index(), src.index(), 0, label);
    }

    /** {@code if wdst op imm goto label} on the low 32 bits. */
    public Asm jump32(JumpOp op, Register dst, int imm, String label) {
        return jumpTo(JMP32 | op.code() | K, dst.index(), 0, imm, label);
    }

    /** {@code if wdst op wsrc goto label} on the low 32 bits. */
    public Asm jump32(JumpOp op, Register dst, Register src, String label) {
        return jumpTo(JMP32 | op.code() | X, dst.index(), src.index(), 0, label);
    }

    private Asm jumpTo(int opcode, int dst, int src, int imm, String label) {
        return add(opcode, dst, src, 0, imm, Objects.requireNonNull(label, "label"), Target.JUMP, null);
    }

    public Asm jeq(Register dst, int imm, String label) {
        return jump(JumpOp.JEQ, dst, imm, label);
    }

    public Asm jeq(Register dst, Register src, String label) {
        return jump(JumpOp.JEQ, dst, src, label);
    }

    public Asm jne(Register dst, int imm, String label) {
        return jump(JumpOp.JNE, dst, imm, label);
    }

    public Asm jne(Register dst, Register src, String label) {
        return jump(JumpOp.JNE, dst, src, label);
    }

    /** Unsigned {@code >}. */
    public Asm jgt(Register dst, int imm, String label) {
        return jump(JumpOp.JGT, dst, imm, label);
    }

    public Asm jgt(Register dst, Register src, String label) {
        return jump(JumpOp.JGT, dst, src, label);
    }

    public Asm jge(Register dst, int imm, String label) {
        return jump(JumpOp.JGE, dst, imm, label);
    }

    public Asm jge(Register dst, Register src, String label) {
        return jump(JumpOp.JGE, dst, src, label);
    }

    public Asm jlt(Register dst, int imm, String label) {
        return jump(JumpOp.JLT, dst, imm, label);
    }

    public Asm jlt(Register dst, Register src, String label) {
        return jump(JumpOp.JLT, dst, src, label);
    }

    public Asm jle(Register dst, int imm, String label) {
        return jump(JumpOp.JLE, dst, imm, label);
    }

    public Asm jle(Register dst, Register src, String label) {
        return jump(JumpOp.JLE, dst, src, label);
    }

    /** Signed {@code >}. */
    public Asm jsgt(Register dst, int imm, String label) {
        return jump(JumpOp.JSGT, dst, imm, label);
    }

    public Asm jsgt(Register dst, Register src, String label) {
        return jump(JumpOp.JSGT, dst, src, label);
    }

    public Asm jsge(Register dst, int imm, String label) {
        return jump(JumpOp.JSGE, dst, imm, label);
    }

    public Asm jsge(Register dst, Register src, String label) {
        return jump(JumpOp.JSGE, dst, src, label);
    }

    public Asm jslt(Register dst, int imm, String label) {
        return jump(JumpOp.JSLT, dst, imm, label);
    }

    public Asm jslt(Register dst, Register src, String label) {
        return jump(JumpOp.JSLT, dst, src, label);
    }

    public Asm jsle(Register dst, int imm, String label) {
        return jump(JumpOp.JSLE, dst, imm, label);
    }

    public Asm jsle(Register dst, Register src, String label) {
        return jump(JumpOp.JSLE, dst, src, label);
    }

    /** {@code if dst & imm goto label} */
    public Asm jset(Register dst, int imm, String label) {
        return jump(JumpOp.JSET, dst, imm, label);
    }

    public Asm jset(Register dst, Register src, String label) {
        return jump(JumpOp.JSET, dst, src, label);
    }

    public Asm jeq32(Register dst, int imm, String label) {
        return jump32(JumpOp.JEQ, dst, imm, label);
    }

    public Asm jeq32(Register dst, Register src, String label) {
        return jump32(JumpOp.JEQ, dst, src, label);
    }

    public Asm jne32(Register dst, int imm, String label) {
        return jump32(JumpOp.JNE, dst, imm, label);
    }

    public Asm jne32(Register dst, Register src, String label) {
        return jump32(JumpOp.JNE, dst, src, label);
    }

    public Asm jgt32(Register dst, int imm, String label) {
        return jump32(JumpOp.JGT, dst, imm, label);
    }

    public Asm jgt32(Register dst, Register src, String label) {
        return jump32(JumpOp.JGT, dst, src, label);
    }

    public Asm jge32(Register dst, int imm, String label) {
        return jump32(JumpOp.JGE, dst, imm, label);
    }

    public Asm jge32(Register dst, Register src, String label) {
        return jump32(JumpOp.JGE, dst, src, label);
    }

    public Asm jlt32(Register dst, int imm, String label) {
        return jump32(JumpOp.JLT, dst, imm, label);
    }

    public Asm jlt32(Register dst, Register src, String label) {
        return jump32(JumpOp.JLT, dst, src, label);
    }

    public Asm jle32(Register dst, int imm, String label) {
        return jump32(JumpOp.JLE, dst, imm, label);
    }

    public Asm jle32(Register dst, Register src, String label) {
        return jump32(JumpOp.JLE, dst, src, label);
    }

    public Asm jsgt32(Register dst, int imm, String label) {
        return jump32(JumpOp.JSGT, dst, imm, label);
    }

    public Asm jsgt32(Register dst, Register src, String label) {
        return jump32(JumpOp.JSGT, dst, src, label);
    }

    public Asm jsge32(Register dst, int imm, String label) {
        return jump32(JumpOp.JSGE, dst, imm, label);
    }

    public Asm jsge32(Register dst, Register src, String label) {
        return jump32(JumpOp.JSGE, dst, src, label);
    }

    public Asm jslt32(Register dst, int imm, String label) {
        return jump32(JumpOp.JSLT, dst, imm, label);
    }

    public Asm jslt32(Register dst, Register src, String label) {
        return jump32(JumpOp.JSLT, dst, src, label);
    }

    public Asm jsle32(Register dst, int imm, String label) {
        return jump32(JumpOp.JSLE, dst, imm, label);
    }

    public Asm jsle32(Register dst, Register src, String label) {
        return jump32(JumpOp.JSLE, dst, src, label);
    }

    public Asm jset32(Register dst, int imm, String label) {
        return jump32(JumpOp.JSET, dst, imm, label);
    }

    public Asm jset32(Register dst, Register src, String label) {
        return jump32(JumpOp.JSET, dst, src, label);
    }

    // ---------------------------------------------------------------- calls and exit

    /** {@code call bpf_<helper>}: arguments in r1..r5, result in r0; r1..r5 are clobbered. */
    public Asm call(Helper helper) {
        return add(CALL_OP, 0, 0, 0, helper.id(), null, Target.NONE, null);
    }

    /** {@code call name}: a bpf-to-bpf call of a function started with {@link #function(String)}. */
    public Asm call(String function) {
        return add(CALL_OP, 0, PSEUDO_CALL, 0, 0, Objects.requireNonNull(function, "function"), Target.CALL,
                function);
    }

    /** Calls a kernel function by its BTF id in vmlinux. */
    public Asm callKfunc(int btfId) {
        return callKfunc(btfId, 0);
    }

    /** Calls a kernel function by BTF id in the module BTF at {@code fd_array[moduleIndex]}. */
    public Asm callKfunc(int btfId, int moduleIndex) {
        return add(CALL_OP, 0, PSEUDO_KFUNC_CALL, moduleIndex, btfId, null, Target.NONE, null);
    }

    /** {@code exit}: returns r0. */
    public Asm exit() {
        return add(EXIT_OP, 0, 0, 0, 0, null, Target.NONE, null);
    }

    // ---------------------------------------------------------------- building

    private void checkOpen() {
        if (built) {
            throw new IllegalStateException("this Asm has built its program already; builders are single-use");
        }
    }

    /** Number of instructions emitted so far (an {@code lddw} counts once). */
    public int size() {
        return items.size();
    }

    /** Builds the program without checking map names. */
    public ProgramSpec build() {
        return build(null);
    }

    /**
     * Builds the program in loaded form, checking that every map it loads is among {@code maps}
     * (null skips that check).
     *
     * @throws BpfBuildException for an unbound label, a jump that does not fit its field, a function
     *         that falls off its end, or an unknown map — naming the Java line
     */
    public ProgramSpec build(Collection<MapSpec> maps) {
        checkOpen();
        built = true;
        if (maps != null) {
            Map<String, MapSpec> known = new LinkedHashMap<>();
            maps.forEach(m -> known.put(m.name(), m));
            for (Item item : items) {
                String ref = item.insn().reference();
                if (item.insn().isMapLoad() && ref != null && !known.containsKey(ref)) {
                    throw new BpfBuildException(item.insn().source(), "unknown map '" + ref + "'; declared maps: "
                            + (known.isEmpty() ? "none" : String.join(", ", known.keySet())));
                }
            }
        }
        for (Map.Entry<String, Integer> l : labels.entrySet()) {
            if (l.getValue() == items.size() && !isFunction(l.getKey())) {
                throw new BpfBuildException(labelSources.get(l.getKey()), "label '" + l.getKey()
                        + "' is bound after the last instruction; put an instruction after it");
            }
        }
        // which function each item belongs to
        int[] owner = new int[items.size()];
        for (int f = 0; f < functions.size(); f++) {
            int end = f + 1 < functions.size() ? functions.get(f + 1).firstItem() : items.size();
            Function fn = functions.get(f);
            if (fn.firstItem() == end) {
                throw new BpfBuildException(fn.where(), "function '" + fn.name() + "' has no instructions");
            }
            Instruction last = items.get(end - 1).insn();
            if (!last.isExit() && !last.isUnconditionalJump()) {
                throw new BpfBuildException(last.source(), "function '" + fn.name() + "' ends with '" + last
                        + "' and would fall off its end; end it with exit() or a jump");
            }
            for (int i = fn.firstItem(); i < end; i++) {
                owner[i] = f;
            }
        }
        // bound labels and reachable functions
        for (Item item : items) {
            if (item.kind() != Target.NONE && !labels.containsKey(item.target())) {
                String what = item.kind() == Target.JUMP ? "jump to label '" + item.target() + "', which is never bound"
                        : "call of function '" + item.target() + "', which is never defined";
                throw new BpfBuildException(item.insn().source(), what + "; bind it with "
                        + (item.kind() == Target.JUMP ? "label(\"" : "function(\"") + item.target() + "\")");
            }
            if (item.kind() != Target.NONE && item.kind() != Target.JUMP && !isFunction(item.target())) {
                throw new BpfBuildException(item.insn().source(), "'" + item.target()
                        + "' is a label, not a function; start functions with function(\"" + item.target() + "\")");
            }
        }
        boolean[] reached = new boolean[functions.size()];
        reached[0] = true;
        List<Integer> order = new ArrayList<>(List.of(0));
        for (int k = 0; k < order.size(); k++) {
            int f = order.get(k);
            int end = f + 1 < functions.size() ? functions.get(f + 1).firstItem() : items.size();
            for (int i = functions.get(f).firstItem(); i < end; i++) {
                Item item = items.get(i);
                if (item.kind() == Target.CALL || item.kind() == Target.FUNC_ADDR) {
                    int callee = functionIndex(item.target());
                    if (!reached[callee]) {
                        reached[callee] = true;
                        order.add(callee);
                    }
                }
            }
        }
        // keep declaration order after the entry function, as a linker would
        List<Integer> layout = new ArrayList<>();
        for (int f = 0; f < functions.size(); f++) {
            if (reached[f]) {
                layout.add(f);
            }
        }
        int[] slotOf = new int[items.size() + 1];
        List<FunctionInfo> infos = new ArrayList<>();
        int slot = 0;
        for (int f : layout) {
            Function fn = functions.get(f);
            int end = f + 1 < functions.size() ? functions.get(f + 1).firstItem() : items.size();
            infos.add(new FunctionInfo(fn.name(), slot, fn.proto(),
                    f == 0 ? BtfType.Linkage.GLOBAL : BtfType.Linkage.STATIC));
            for (int i = fn.firstItem(); i < end; i++) {
                slotOf[i] = slot;
                slot += items.get(i).insn().slots();
            }
        }
        List<Instruction> out = new ArrayList<>(items.size());
        for (int f : layout) {
            Function fn = functions.get(f);
            int end = f + 1 < functions.size() ? functions.get(f + 1).firstItem() : items.size();
            for (int i = fn.firstItem(); i < end; i++) {
                Item item = items.get(i);
                Instruction insn = item.insn();
                if (item.kind() != Target.NONE) {
                    int targetItem = labels.get(item.target());
                    if (item.kind() == Target.JUMP && owner[targetItem] != f) {
                        throw new BpfBuildException(insn.source(), "jump from function '" + fn.name() + "' to label '"
                                + item.target() + "' in function '" + functions.get(owner[targetItem]).name()
                                + "'; jumps stay inside one function, use call() to enter another");
                    }
                    int rel = slotOf[targetItem] - (slotOf[i] + 1);
                    if (item.kind() == Target.JUMP) {
                        if (insn.opcode() != GOTOL_OP && rel != (short) rel) {
                            throw new BpfBuildException(insn.source(), "jump to '" + item.target() + "' spans " + rel
                                    + " instructions, more than a 16-bit offset reaches (-32768..32767); use gotol(\""
                                    + item.target() + "\") for an unconditional jump, or invert the condition around one");
                        }
                        insn = insn.withJumpOffset(rel);
                    } else if (item.kind() == Target.CALL) {
                        insn = insn.withImm(rel);
                    } else {
                        insn = insn.withImm(rel & 0xffffffffL);
                    }
                }
                out.add(insn);
            }
        }
        return ProgramSpec.of(name, section, out, infos);
    }

    private boolean isFunction(String label) {
        return functionIndex(label) >= 0;
    }

    private int functionIndex(String label) {
        for (int f = 0; f < functions.size(); f++) {
            if (functions.get(f).name().equals(label)) {
                return f;
            }
        }
        return -1;
    }

    private static String describe(SourceLocation where) {
        return where == null ? "another place" : where.toString();
    }
}
