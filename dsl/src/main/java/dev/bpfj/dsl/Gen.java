package dev.bpfj.dsl;

import dev.bpfj.core.AluOp;
import dev.bpfj.core.Helper;
import dev.bpfj.core.JumpOp;
import dev.bpfj.core.ProgramType;
import dev.bpfj.core.ReturnKind;
import dev.bpfj.core.Size;
import dev.bpfj.core.SourceLocation;
import dev.bpfj.core.spec.Licenses;
import dev.bpfj.dsl.codegen.Code;
import dev.bpfj.dsl.codegen.MInsn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one program being compiled: the function's code, open scopes, packet pointers, shared
 * return blocks. Every typed-layer object lowers through it.
 */
final class Gen {
    private final Code code;
    final ProgramType programType;
    final String license;
    private final List<Integer> scopes = new ArrayList<>();
    private int nextScope = 1;
    final int ctx;
    private int data = -1;
    private int end = -1;
    int packetGeneration;
    SourceLocation lastPacketChange;
    private final Map<Long, String> retLabels = new LinkedHashMap<>();
    private final Map<Long, SourceLocation> retSources = new HashMap<>();
    int openReservations;
    private final Map<Integer, List<long[]>> verified = new HashMap<>();

    /** The registers holding a function's parameters (r2.. for functions, r1.. for loop callbacks). */
    final int[] params;

    /** The function being compiled right now, shared by every function of one build. */
    static final class Build {
        Gen active;
    }

    final Build build;
    /** For a bpf_loop body: the function whose loop it is, which captured values come from. */
    final Gen parent;
    /** For a bpf_loop body: the register holding the pointer to the captures in the parent's frame. */
    private final int captureBase;
    /** Values of the parent (or further out) a loop body uses: slot offsets in the capture struct. */
    private final Map<Value, Capture> captures = new LinkedHashMap<>();
    /** Whether a loop body uses the program's context (slot 0 of the captures). */
    boolean usesCtx;
    /** Whether this function (or one it calls) moves packet data, killing its callers' views. */
    boolean changedPacket;
    /** The functions this one calls or hands to bpf_loop, by name: the call graph for the stack limit. */
    final java.util.Set<String> calls = new java.util.LinkedHashSet<>();

    /** A value of an enclosing function a loop body reads (and perhaps writes): its slot in the capture struct. */
    record Capture(Value source, int slot, boolean[] written) {}

    /** The entry function of a program. */
    Gen(Code code, ProgramType programType, String license) {
        this(new Build(), code, programType, license, null, 0);
    }

    /**
     * @param parent null for the entry function and bpf-to-bpf functions (r1 holds the context, parameters
     *        follow in r2..); for a {@code bpf_loop} body, the function calling bpf_loop (r1 holds the index,
     *        r2 the captures)
     * @param paramCount parameters after the context (for loop bodies: the index and the captures)
     */
    Gen(Build build, Code code, ProgramType programType, String license, Gen parent, int paramCount) {
        this.build = build;
        this.code = code;
        this.programType = programType;
        this.license = license;
        this.parent = parent;
        boolean hasCtx = parent == null;
        scopes.add(0);
        code.at(PROLOGUE);
        params = new int[paramCount];
        int first = hasCtx ? 2 : 1;
        if (hasCtx) {
            ctx = code.newReg();
            code.mov(ctx, 1);
        } else {
            ctx = code.newReg();
        }
        for (int i = 0; i < paramCount; i++) {
            params[i] = code.newReg();
            code.mov(params[i], first + i);
        }
        captureBase = hasCtx ? -1 : params[1];
        code.markEntry();
        if (hasCtx) {
            // created up front so a helper that moves the packet always reloads them; unused loads are dropped
            data();
        }
        code.at(null);
    }

    /** The function being compiled now (code is emitted there, whichever function a value came from). */
    Gen active() {
        return build.active;
    }

    int ctx() {
        if (parent != null && !usesCtx) {
            // a loop body reaches the context through the captures: the caller stores it in slot 0
            usesCtx = true;
            code.atEntry(code.make(dev.bpfj.core.Opcodes.LDX | dev.bpfj.core.Opcodes.MEM | Size.DW.code(), ctx,
                    captureBase, 0, 0));
        }
        return ctx;
    }

    /** Fails unless this function is the one being compiled: views and structs belong to one function. */
    void checkActive(String what, SourceLocation born) {
        if (active() != this) {
            throw active().error(what + (born != null ? " (taken at " + born + ")" : "") + " belongs to another function; "
                    + (active().parent != null ? "take it again inside the loop body (from packet(), or a struct)"
                            : "pass it as an argument (function(..., Param.header(LAYOUT)) or Param.struct(LAYOUT))"));
        }
    }

    /** Marks code the program's entry emits before any statement; it takes the first statement's line. */
    static final SourceLocation PROLOGUE = new SourceLocation("<prologue>", 0);

    Code code() {
        return code;
    }

    SourceLocation here() {
        return code.here();
    }

    BpfBuildException error(String problem) {
        return new BpfBuildException(here(), problem);
    }

    // ---------------------------------------------------------------- scopes

    int currentScope() {
        return scopes.get(scopes.size() - 1);
    }

    boolean isActive(int scope) {
        return scopes.contains(scope);
    }

    void enterScope() {
        scopes.add(nextScope++);
        code.frame().mark();
    }

    void exitScope() {
        scopes.remove(scopes.size() - 1);
        code.frame().release();
    }

    /** Runs {@code body} in a nested scope. */
    void scoped(Runnable body) {
        enterScope();
        try {
            body.run();
        } finally {
            exitScope();
        }
    }

    // ---------------------------------------------------------------- registers of values

    int newReg() {
        return code.newReg();
    }

    /** The register holding {@code v}, materialising constants; refuses values from closed scopes. */
    int reg(Value v) {
        if (v.constant) {
            int r = newReg();
            code.movImm(r, v.type.toStored(v.value));
            return r;
        }
        if (v.gen != this) {
            return captured(v);
        }
        checkUsable(v);
        return v.reg;
    }

    void checkUsable(Value v) {
        if (v.constant) {
            return;
        }
        if (v.gen != this && parent == null) {
            throw error("the value computed at " + v.born + " belongs to another function; pass it as an argument");
        }
        if (!v.gen.isActive(v.scope)) {
            throw error("the value computed at " + v.born + " inside a block is used outside it; declare a Var"
                    + " before the block (local(...)), set() it inside, and read the Var");
        }
    }

    /** A loop body reads a value of an enclosing function: loaded from its slot in the captures. */
    private int captured(Value v) {
        checkUsable(v);
        Capture c = capture(v);
        int r = newReg();
        code.load(Size.DW, r, captureBase, c.slot());
        return r;
    }

    private Capture capture(Value v) {
        Capture c = captures.get(v);
        if (c == null) {
            Value source = v.gen == parent ? v : parent.imported(v);
            c = new Capture(source, 8 * (1 + captures.size()), new boolean[1]);
            captures.put(v, c);
        }
        return c;
    }

    /** A value of a function further out, as a value of this one (for a loop body nested in this one). */
    private Value imported(Value v) {
        if (v instanceof Var) {
            return v; // read through reg(), which captures it here too
        }
        return new Value(this, v.type, reg(v));
    }

    List<Capture> captures() {
        return List.copyOf(captures.values());
    }

    Var newVar(ScalarType type, Value init) {
        Var v = new Var(this, type, newReg());
        assign(v, init);
        return v;
    }

    void assign(Var var, Value v) {
        Value c = convert(v, var.type);
        if (var.gen != this) {
            if (parent == null || var.gen != parent) {
                throw error(parent == null ? "the Var declared at " + var.born + " belongs to another function; return"
                        + " the new value instead" : "a bpf_loop body can set the Vars of the function running the loop,"
                        + " not those further out (declared at " + var.born + ")");
            }
            checkUsable(var);
            Capture cap = capture(var);
            cap.written()[0] = true;
            code.store(Size.DW, captureBase, cap.slot(), reg(c));
            return;
        }
        if (c.constant) {
            code.movImm(var.reg, var.type.toStored(c.value));
        } else {
            checkUsable(c);
            code.mov(var.reg, reg(c));
        }
    }

    Value copy(Var v) {
        int r = newReg();
        code.mov(r, reg(v));
        return new Value(this, v.type, r);
    }

    // ---------------------------------------------------------------- arithmetic

    private static boolean bitwise(AluOp op) {
        return op == AluOp.AND || op == AluOp.OR || op == AluOp.XOR;
    }

    private static boolean commutative(AluOp op) {
        return op == AluOp.ADD || op == AluOp.MUL || bitwise(op);
    }

    static Value arith(Gen g, AluOp op, Value a, Value b) {
        ScalarType result;
        long bStored;
        if (bitwise(op) && a.type.bigEndian() && (b.constant || b.type == a.type)) {
            // network order is kept: the constant is swapped instead of the value
            result = a.type;
            if (a.constant && b.constant) {
                return Value.of(result, result.normalize(fold(op, a.value, b.value, false, 8)));
            }
        } else {
            a = toHost(a);
            b = toHost(b);
            boolean signed = a.type.signed() || b.type.signed();
            int width = Math.max(a.type.size(), b.type.size());
            result = signed ? ScalarType.S64 : width <= 4 ? ScalarType.U32 : ScalarType.U64;
        }
        boolean wide = result.size() == 8;
        boolean signed = result.signed();
        AluOp real = signed && op == AluOp.DIV ? AluOp.SDIV : signed && op == AluOp.MOD ? AluOp.SMOD : op;
        if (a.constant && b.constant) {
            return Value.of(result, fold(real, a.value, b.value, signed, result.size()));
        }
        if (a.constant && commutative(op)) {
            Value t = a;
            a = b;
            b = t;
        }
        if (b.constant) {
            long c = b.value;
            boolean identity = switch (op) {
                case ADD, SUB, OR, XOR, LSH, RSH, ARSH -> c == 0;
                case MUL, DIV -> c == 1;
                case AND -> result.normalize(c) == result.normalize(-1L) && a.type.size() <= result.size();
                default -> false;
            };
            if (identity && !a.constant) {
                return a;
            }
            if ((op == AluOp.DIV || op == AluOp.MOD) && c == 0) {
                throw g.error("division by the constant 0; the kernel rejects it ('div by zero')");
            }
            if (op == AluOp.LSH || op == AluOp.RSH || op == AluOp.ARSH) {
                if (c < 0 || c >= (wide ? 64 : 32)) {
                    throw g.error("shift by " + c + " is outside 0.." + ((wide ? 64 : 32) - 1));
                }
            }
        }
        Code code = g.code;
        int r = g.newReg();
        if (a.constant) {
            code.movImm(r, a.type.toStored(a.value));
        } else {
            code.mov(r, g.reg(a));
        }
        if (b.constant) {
            bStored = result.bigEndian() ? result.toStored(b.value) : b.value;
            boolean fits = wide ? bStored == (int) bStored : true;
            if (fits) {
                code.aluImm(wide, real, r, (int) bStored);
            } else {
                int t = g.newReg();
                code.movImm(t, bStored);
                code.alu(wide, real, r, t);
            }
        } else {
            code.alu(wide, real, r, g.reg(b));
        }
        return new Value(g, result, r);
    }

    private static long fold(AluOp op, long a, long b, boolean signed, int size) {
        int width = size == 8 ? 64 : 32;
        if (width == 32) {
            a = signed ? (int) a : a & 0xffffffffL;
            b = signed ? (int) b : b & 0xffffffffL;
        }
        long r = switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> b == 0 ? 0 : Long.divideUnsigned(a, b);
            case SDIV -> b == 0 ? 0 : a / b;
            case MOD -> b == 0 ? a : Long.remainderUnsigned(a, b);
            case SMOD -> b == 0 ? a : a % b;
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            case LSH -> a << (b & (width - 1));
            case RSH -> (width == 32 ? a & 0xffffffffL : a) >>> (b & (width - 1));
            case ARSH -> (width == 32 ? (long) (int) a : a) >> (b & (width - 1));
            default -> throw new IllegalArgumentException(op.toString());
        };
        return width == 32 && !signed ? r & 0xffffffffL : r;
    }

    static Value toHost(Value v) {
        if (!v.type.bigEndian()) {
            return v;
        }
        if (v.constant) {
            return Value.of(v.type.host(), v.value);
        }
        Gen g = v.gen.active();
        int r = g.newReg();
        g.code.mov(r, g.reg(v));
        g.code.swap(r, v.type.bits(), true);
        return new Value(g, v.type.host(), r);
    }

    static Value toNetwork(Value v) {
        if (v.type.bigEndian() || v.type.size() == 1) {
            return v;
        }
        return convert(v, v.type.network());
    }

    static Value convert(Value v, ScalarType t) {
        if (v.type == t) {
            return v;
        }
        if (v.constant) {
            return Value.of(t, v.value);
        }
        Gen g = v.gen.active();
        if (t.bigEndian()) {
            if (t.size() == 1) {
                return convert(v, t.host());
            }
            // be16/be32 read only the low 16/32 bits and zero the rest: no truncation needed before them
            Value h = v.type.bigEndian() ? convert(v, t.host()) : v;
            int r = g.newReg();
            g.code.mov(r, g.reg(h));
            g.code.swap(r, t.bits(), true);
            return new Value(g, t, r);
        }
        if (v.type.bigEndian()) {
            return convert(toHost(v), t);
        }
        ScalarType s = v.type;
        if (t.size() > s.size() || (t.size() == s.size() && t.size() == 8)) {
            if (s.signed() && !t.signed() && t.size() < 8) {
                return truncate(g, v, t);
            }
            return new Value(g, t, g.reg(v)); // already extended as the wider type needs
        }
        if (t.size() == s.size()) {
            if (s.signed() == t.signed()) {
                return new Value(g, t, g.reg(v));
            }
            return t.signed() ? signExtend(g, v, t) : truncate(g, v, t);
        }
        return t.signed() ? signExtend(g, v, t) : truncate(g, v, t);
    }

    private static Value truncate(Gen g, Value v, ScalarType t) {
        int r = g.newReg();
        g.code.mov(r, g.reg(v));
        if (t.size() == 4) {
            g.code.alu(false, AluOp.MOV, r, r);
        } else {
            g.code.aluImm(false, AluOp.AND, r, (int) ((1L << t.bits()) - 1));
        }
        return new Value(g, t, r);
    }

    private static Value signExtend(Gen g, Value v, ScalarType t) {
        int r = g.newReg();
        g.code.movsx(r, g.reg(v), t.bits());
        return new Value(g, t, r);
    }

    // ---------------------------------------------------------------- comparisons and branches

    static Cond compare(JumpOp op, Value a, Value b) {
        boolean raw = op == JumpOp.JEQ || op == JumpOp.JNE || op == JumpOp.JSET;
        if (raw && b.type.bigEndian() && !a.type.bigEndian() && a.constant) {
            Value t = a;
            a = b;
            b = t;
        }
        if (raw && a.type.bigEndian() && (b.constant || b.type == a.type)) {
            if (b.constant) {
                b = Value.of(a.type.host(), a.type.toStored(b.value)); // the constant in network order
            }
            if (a.constant) {
                a = Value.of(a.type.host(), a.type.toStored(a.value));
            }
        } else {
            a = toHost(a);
            b = toHost(b);
        }
        if (a.constant && b.constant) {
            return decide(op, a, b) ? Cond.TRUE : Cond.FALSE;
        }
        boolean signed = a.type.signed() || b.type.signed();
        if (signed) {
            op = switch (op) {
                case JGT -> JumpOp.JSGT;
                case JGE -> JumpOp.JSGE;
                case JLT -> JumpOp.JSLT;
                case JLE -> JumpOp.JSLE;
                default -> op;
            };
        }
        return new Cond.Compare(op, true, a, b);
    }

    private static boolean decide(JumpOp op, Value a, Value b) {
        long x = a.value;
        long y = b.value;
        return switch (op) {
            case JEQ -> x == y;
            case JNE -> x != y;
            case JGT -> Long.compareUnsigned(x, y) > 0;
            case JGE -> Long.compareUnsigned(x, y) >= 0;
            case JLT -> Long.compareUnsigned(x, y) < 0;
            case JLE -> Long.compareUnsigned(x, y) <= 0;
            case JSGT -> x > y;
            case JSGE -> x >= y;
            case JSLT -> x < y;
            case JSLE -> x <= y;
            case JSET -> (x & y) != 0;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    /** Jumps to {@code label} when {@code c} evaluates to {@code jumpWhen}; falls through otherwise. */
    void branch(Cond c, boolean jumpWhen, String label) {
        switch (c) {
            case Cond.Constant k -> {
                if (k.value == jumpWhen) {
                    code.jump(label);
                }
            }
            case Cond.Not n -> branch(n.inner, !jumpWhen, label);
            case Cond.And and -> {
                if (jumpWhen) {
                    String skip = code.newLabel("and");
                    branch(and.left, false, skip);
                    branch(and.right, true, label);
                    code.label(skip);
                } else {
                    branch(and.left, false, label);
                    branch(and.right, false, label);
                }
            }
            case Cond.Or or -> {
                if (jumpWhen) {
                    branch(or.left, true, label);
                    branch(or.right, true, label);
                } else {
                    String skip = code.newLabel("or");
                    branch(or.left, true, skip);
                    branch(or.right, false, label);
                    code.label(skip);
                }
            }
            case Cond.Compare cmp -> compareAndJump(cmp, jumpWhen, label);
        }
    }

    private void compareAndJump(Cond.Compare cmp, boolean jumpWhen, String label) {
        JumpOp op = cmp.op;
        Value a = cmp.a;
        Value b = cmp.b;
        if (a.constant && !b.constant) {
            Value t = a;
            a = b;
            b = t;
            op = op.swap();
        }
        if (!jumpWhen) {
            if (op == JumpOp.JSET) {
                // no "jump if no bit set": test the masked value against zero
                int t = newReg();
                code.mov(t, reg(a));
                if (b.constant) {
                    code.aluImm(true, AluOp.AND, t, (int) b.value);
                } else {
                    code.alu(true, AluOp.AND, t, reg(b));
                }
                code.jumpImm(true, JumpOp.JEQ, t, 0, label);
                return;
            }
            op = op.negate();
        }
        int ra = reg(a);
        if (b.constant) {
            long c = b.value;
            boolean narrowUnsigned = a.type.size() <= 4 && !a.type.signed();
            if (c == (int) c && (c >= 0 || !narrowUnsigned)) {
                code.jumpImm(true, op, ra, (int) c, label);
            } else if (narrowUnsigned && c >= 0 && c <= 0xffffffffL) {
                code.jumpImm(false, op, ra, (int) c, label);
            } else {
                int t = newReg();
                code.movImm(t, c);
                code.jump(true, op, ra, t, label);
            }
        } else {
            code.jump(true, op, ra, reg(b), label);
        }
    }

    // ---------------------------------------------------------------- returns

    String retLabel(long action) {
        if (parent != null && action != 0 && action != 1) {
            throw error("a bpf_loop body returns 0 (go on) or 1 (stop the loop), not " + action + "; to end the program"
                    + " with an action, set a Var in the body, stop the loop, and return after it");
        }
        retSources.putIfAbsent(action, here());
        return retLabels.computeIfAbsent(action, a -> code.newLabel("ret" + a));
    }

    void checkMayReturn() {
        if (openReservations > 0) {
            throw error("return inside a ring buffer reservation block; the reservation would leak and the kernel"
                    + " rejects that ('Unreleased reference'); return after the block, or discard() first");
        }
    }

    void ret(long action) {
        checkMayReturn();
        code.jump(retLabel(action));
    }

    void ret(Value v) {
        checkMayReturn();
        if (v.constant) {
            ret(v.value);
            return;
        }
        code.mov(0, reg(v));
        code.exit();
    }

    /** Closes the function: every path must have returned; appends the shared return blocks. */
    void finish() {
        if (code.fallsThrough()) {
            throw new BpfBuildException(code.last() == null ? null : code.last().source(),
                    "the program can reach the end of body() without returning; end it with ret(XdpAction.PASS)"
                            + " or another action");
        }
        List<Map.Entry<Long, String>> blocks = new ArrayList<>(retLabels.entrySet());
        MInsn last = code.last();
        if (last != null && last.isUnconditional()) {
            blocks.sort((x, y) -> Boolean.compare(!x.getValue().equals(last.label()), !y.getValue().equals(last.label())));
        }
        for (Map.Entry<Long, String> e : blocks) {
            code.at(retSources.get(e.getKey()));
            code.label(e.getValue());
            code.movImm(0, e.getKey());
            code.exit();
        }
        code.at(null);
    }

    // ---------------------------------------------------------------- packet

    int data() {
        ctx();
        if (data < 0) {
            data = newReg();
            end = newReg();
            code.atEntry(code.make(dev.bpfj.core.Opcodes.LDX | dev.bpfj.core.Opcodes.MEM | Size.W.code(), data, ctx, 0, 0));
            code.atEntry(code.make(dev.bpfj.core.Opcodes.LDX | dev.bpfj.core.Opcodes.MEM | Size.W.code(), end, ctx, 4, 0));
        }
        return data;
    }

    int dataEnd() {
        data();
        return end;
    }

    /** After a helper that moves packet data: pointers are reloaded and earlier views die. */
    void packetChanged() {
        changedPacket = true;
        packetGeneration++;
        lastPacketChange = here();
        verified.clear();
        if (data >= 0) {
            code.load(Size.W, data, ctx, 0);
            code.load(Size.W, end, ctx, 4);
        }
    }

    /**
     * Emits {@code if base + endOffset > data_end goto fail} unless the same bytes were checked already
     * on every path to here.
     */
    void boundsCheck(int base, int endOffset, String fail, boolean remember) {
        List<long[]> known = verified.get(base);
        if (known != null) {
            for (long[] k : known) {
                if (isActive((int) k[0]) && k[1] >= endOffset) {
                    return;
                }
            }
        }
        int t = newReg();
        code.mov(t, base);
        code.aluImm(true, AluOp.ADD, t, endOffset);
        code.jump(true, JumpOp.JGT, t, dataEnd(), fail);
        if (remember) {
            verified.computeIfAbsent(base, k -> new ArrayList<>()).add(new long[] {currentScope(), endOffset});
        }
    }

    /** Records that {@code base + endOffset} is within the packet for the rest of the current scope. */
    void rememberCheck(int base, int endOffset) {
        verified.computeIfAbsent(base, k -> new ArrayList<>()).add(new long[] {currentScope(), endOffset});
    }

    // ---------------------------------------------------------------- helper calls

    /** An argument of a helper call. */
    sealed interface Arg permits RegArg, ImmArg, MapArg, StackArg, PtrArg, FuncArg {}

    record RegArg(int reg) implements Arg {}

    record ImmArg(long value) implements Arg {}

    record MapArg(String map) implements Arg {}

    record StackArg(int offset) implements Arg {}

    /** {@code reg + offset}: a pointer the function holds (a struct in a caller's frame). */
    record PtrArg(int reg, int offset) implements Arg {}

    record FuncArg(String function) implements Arg {}

    static Arg arg(Gen g, Value v) {
        return v.constant ? new ImmArg(v.type.toStored(v.value)) : new RegArg(g.reg(v));
    }

    void checkHelper(Helper h) {
        if (!h.availableTo(programType)) {
            throw error(h.cName() + " is not available to " + programType.displayName() + " programs");
        }
        if (h.gplOnly() && !Licenses.isGplCompatible(license)) {
            throw error(h.cName() + " is GPL-only and this program's license \"" + license
                    + "\" is not GPL-compatible; declare license = \"GPL\" (or \"Dual MIT/GPL\", \"Dual BSD/GPL\")");
        }
    }

    /** Calls a helper; returns its result (null for void helpers). */
    Value call(Helper h, ScalarType resultType, Arg... args) {
        checkHelper(h);
        passArguments(args);
        code.call(h, args.length);
        Value result = null;
        if (h.returns() != ReturnKind.VOID && resultType != null) {
            int r = newReg();
            code.mov(r, 0);
            result = new Value(this, resultType, r);
        }
        if (h.changesPacketData()) {
            packetChanged();
        }
        return result;
    }

    /** Puts call arguments into r1, r2, ... */
    private void passArguments(Arg... args) {
        for (int i = 0; i < args.length; i++) {
            int r = i + 1;
            switch (args[i]) {
                case RegArg ra -> code.mov(r, ra.reg());
                case ImmArg ia -> code.movImm(r, ia.value());
                case MapArg ma -> code.ldMap(r, ma.map());
                case StackArg sa -> {
                    code.mov(r, Code.FP);
                    code.aluImm(true, AluOp.ADD, r, sa.offset());
                }
                case PtrArg pa -> {
                    code.mov(r, pa.reg());
                    if (pa.offset() != 0) {
                        code.aluImm(true, AluOp.ADD, r, pa.offset());
                    }
                }
                case FuncArg fa -> code.ldFunc(r, fa.function());
            }
        }
    }

    /** Emits a raw snippet (see {@code XdpProgram.asm}) with its inputs in r1..; returns r0 as {@code result}. */
    Value raw(List<MInsn> body, Arg[] inputs, ScalarType result) {
        passArguments(inputs);
        body.forEach(code::emit);
        if (result == null) {
            return null;
        }
        int r = newReg();
        code.mov(r, 0);
        return new Value(this, result, r);
    }

    /** Calls a bpf-to-bpf function with the given arguments in r1..; returns its result. */
    Value callLocal(String function, ScalarType resultType, Arg... args) {
        passArguments(args);
        code.callLocal(function, args.length);
        int r = newReg();
        code.mov(r, 0);
        return new Value(this, resultType, r);
    }

    /** Calls a helper returning a pointer or NULL; returns the register holding it. */
    int callPointer(Helper h, Arg... args) {
        Value v = call(h, ScalarType.U64, args);
        return v.reg;
    }

    // ---------------------------------------------------------------- stack

    int allocate(int bytes, int align) {
        int off = code.frame().allocate(bytes, align);
        if (code.frame().size() > dev.bpfj.dsl.codegen.StackFrame.LIMIT) {
            throw error("the program needs " + code.frame().size() + " bytes of stack, more than the kernel's 512;"
                    + " keep fewer structs alive at once, or move large ones into a per-CPU array map");
        }
        return off;
    }

    /** Stores {@code v} (converted to {@code type}) at {@code base + offset}. */
    void store(ScalarType type, int base, int offset, Value v) {
        // a narrower store keeps only the low bytes: a wider host-order value needs no truncation first
        boolean narrowing = !v.constant && !v.type.bigEndian() && !type.bigEndian() && v.type.size() > type.size();
        Value c = narrowing ? v : convert(v, type);
        Size size = type.accessSize();
        if (c.constant) {
            long stored = type.toStored(c.value);
            if (stored == (int) stored || type.size() < 8) {
                code.storeImm(size, base, offset, (int) stored);
                return;
            }
        }
        code.store(size, base, offset, reg(c));
    }

    /** Loads a {@code type} at {@code base + offset}. */
    Value load(ScalarType type, int base, int offset) {
        int r = newReg();
        if (type.signed() && type.size() < 8) {
            code.loadSigned(type.accessSize(), r, base, offset);
        } else {
            code.load(type.accessSize(), r, base, offset);
        }
        return new Value(this, type, r);
    }

    /**
     * Copies {@code length} bytes from {@code src + srcOff} to {@code dst + dstOff} in the widest
     * accesses alignment allows ({@code dstAligned}/{@code srcAligned}: whether the side's absolute
     * offset is meaningful for alignment, as on the stack).
     */
    void copy(int dst, int dstOff, boolean dstStack, int src, int srcOff, boolean srcStack, int length) {
        int done = 0;
        while (done < length) {
            int left = length - done;
            int size = 8;
            while (size > left || (dstStack && Math.floorMod(dstOff + done, size) != 0)
                    || (srcStack && Math.floorMod(srcOff + done, size) != 0)) {
                size >>= 1;
            }
            Size s = Size.ofBytes(size);
            int t = newReg();
            code.load(s, t, src, srcOff + done);
            code.store(s, dst, dstOff + done, t);
            done += size;
        }
    }

    /** Writes zeros over {@code [from, to)} bytes at {@code base} (stack-aligned accesses). */
    void zero(int base, int from, int to) {
        int at = from;
        while (at < to) {
            int size = 8;
            while (size > to - at || Math.floorMod(at, size) != 0) {
                size >>= 1;
            }
            code.storeImm(Size.ofBytes(size), base, at, 0);
            at += size;
        }
    }
}
