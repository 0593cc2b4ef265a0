package dev.bpfj.interpreter;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates a BPF program into JVM bytecode, one static method per BPF function with the
 * registers in locals, so the JVM's JIT turns it into machine code — the way the kernel's JIT
 * turns BPF into x86. Semantics are the interpreter's, operation for operation: memory goes through
 * {@link Memory}'s checked accessors, helpers through the same table, faults become the same
 * {@link BpfRuntimeException}s (a per-instruction exception handler knows the slot), instruction
 * counts and the budget are kept per basic block.
 *
 * <p>Only programs whose register reads {@link InitAnalysis} proves initialised are compiled; the
 * others, and functions too large for the JIT, stay with the interpreter.
 */
final class JvmCompiler {
    /** Above this many bytes of bytecode HotSpot does not JIT a method (HugeMethodLimit). */
    static final int MAX_METHOD_BYTES = 7900;

    private static final ClassDesc CD_VM = ClassDesc.of(Vm.class.getName());
    private static final ClassDesc CD_MEMORY = ClassDesc.of(Memory.class.getName());
    private static final ClassDesc CD_FAULT = ClassDesc.of(Fault.class.getName());
    private static final ClassDesc CD_ERROR = ClassDesc.of(BpfRuntimeException.class.getName());
    private static final ClassDesc CD_HELPER = ClassDesc.of(HelperFunction.class.getName());
    private static final ClassDesc CD_OPS = ClassDesc.of(CompiledOps.class.getName());
    private static final ClassDesc CD_COMPILED = ClassDesc.of(CompiledCode.class.getName());
    private static final ClassDesc CD_INTEGER = ClassDesc.of("java.lang.Integer");
    private static final ClassDesc CD_LONG = ClassDesc.of("java.lang.Long");

    private static final MethodTypeDesc FUNCTION = MethodTypeDesc.of(CD_long, CD_VM, CD_long, CD_long, CD_long, CD_long,
            CD_long, CD_int);
    private static final MethodTypeDesc DISPATCH = MethodTypeDesc.of(CD_long, CD_int, CD_VM, CD_long, CD_long, CD_long,
            CD_long, CD_long, CD_int);
    private static final MethodTypeDesc J_J = MethodTypeDesc.of(CD_long, CD_long);
    private static final MethodTypeDesc JJ_J = MethodTypeDesc.of(CD_long, CD_long, CD_long);
    private static final MethodTypeDesc II_J = MethodTypeDesc.of(CD_long, CD_int, CD_int);
    private static final MethodTypeDesc I_J = MethodTypeDesc.of(CD_long, CD_int);
    private static final MethodTypeDesc JJ_I = MethodTypeDesc.of(CD_int, CD_long, CD_long);
    private static final MethodTypeDesc II_I = MethodTypeDesc.of(CD_int, CD_int, CD_int);
    private static final MethodTypeDesc JJ_V = MethodTypeDesc.of(CD_void, CD_long, CD_long);
    private static final MethodTypeDesc I_V = MethodTypeDesc.of(CD_void, CD_int);

    // local variable slots of a function method
    private static final int VM = 0;
    private static final int DEPTH = 11;
    private static final int[] REG = {12, 1, 3, 5, 7, 9, 14, 16, 18, 20, 22};
    private static final int COUNT = 24;
    private static final int BUDGET = 26;
    private static final int MAY_GOTO = 28;
    private static final int MEM = 30;
    private static final int PC = 31;
    private static final int FAULT = 32;
    private static final int TMP = 33;

    private final Code code;
    private final InitAnalysis analysis;
    private final HelperFunction[] helpers;
    private final ClassDesc self;

    private JvmCompiler(Code code, InitAnalysis analysis, HelperFunction[] helpers, ClassDesc self) {
        this.code = code;
        this.analysis = analysis;
        this.helpers = helpers;
        this.self = self;
    }

    /** The compiled program, or null with the reason in {@code why[0]} when it stays interpreted. */
    static CompiledCode compile(Code code, InitAnalysis analysis, HelperFunction[] helpers, String[] why) {
        if (analysis.problem != null) {
            why[0] = analysis.problem;
            return null;
        }
        ClassDesc self = ClassDesc.of(JvmCompiler.class.getPackageName() + ".BpfProgram$"
                + analysis.program.name().replaceAll("[^A-Za-z0-9_]", "_"));
        JvmCompiler c = new JvmCompiler(code, analysis, helpers, self);
        ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                ClassHierarchyResolver.defaultResolver().orElse(
                        ClassHierarchyResolver.ofClassLoading(JvmCompiler.class.getClassLoader()))));
        byte[] bytes = cf.build(self, c::buildClass);
        ClassModel model = cf.parse(bytes);
        for (MethodModel m : model.methods()) {
            int length = m.findAttribute(java.lang.classfile.Attributes.code()).map(CodeAttribute::codeLength).orElse(0);
            if (length > MAX_METHOD_BYTES) {
                why[0] = "function " + m.methodName().stringValue() + " is too large to compile (" + length
                        + " bytes of bytecode)";
                return null;
            }
        }
        try {
            MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClass(bytes, true);
            return (CompiledCode) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class))
                    .invoke();
        } catch (Throwable e) {
            why[0] = "the JVM refused the compiled class: " + e;
            return null;
        }
    }

    private void buildClass(java.lang.classfile.ClassBuilder cb) {
        cb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
        cb.withInterfaceSymbols(CD_COMPILED);
        cb.withMethodBody("<init>", MethodTypeDesc.of(CD_void), ClassFile.ACC_PUBLIC, b -> b
                .aload(0).invokespecial(CD_Object, "<init>", MethodTypeDesc.of(CD_void)).return_());
        int n = analysis.entries.length;
        cb.withMethodBody("call", DISPATCH, ClassFile.ACC_PUBLIC, b -> {
            List<SwitchCase> cases = new ArrayList<>();
            List<Label> labels = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Label l = b.newLabel();
                labels.add(l);
                cases.add(SwitchCase.of(i, l));
            }
            b.iload(1).tableswitch(0, n - 1, labels.get(0), cases);
            for (int i = 0; i < n; i++) {
                b.labelBinding(labels.get(i)).aload(2).lload(3).lload(5).lload(7).lload(9).lload(11).iload(13)
                        .invokestatic(self, "f" + i, FUNCTION).lreturn();
            }
        });
        for (int f = 0; f < n; f++) {
            int index = f;
            cb.withMethodBody("f" + f, FUNCTION, ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC,
                    b -> new FunctionWriter(b, index).write());
        }
    }

    /** Writes one function's method. */
    private final class FunctionWriter {
        private final CodeBuilder b;
        private final int lo;
        private final int hi;
        private final Map<Integer, Label> labels = new HashMap<>();
        private final List<int[]> ranges = new ArrayList<>();
        private final List<Label[]> rangeLabels = new ArrayList<>();
        private final boolean[] leader;

        FunctionWriter(CodeBuilder b, int f) {
            this.b = b;
            this.lo = analysis.entries[f];
            this.hi = analysis.functionEnd(f);
            this.leader = new boolean[hi - lo];
        }

        private boolean reached(int pc) {
            return analysis.before[pc - analysis.program.start()] != InitAnalysis.TOP;
        }

        private Label label(int pc) {
            return labels.computeIfAbsent(pc, k -> b.newLabel());
        }

        private void findLeaders() {
            leader[0] = true;
            for (int pc = lo; pc < hi; pc++) {
                if (!reached(pc)) {
                    continue;
                }
                int op = code.op[pc];
                if (InitAnalysis.isJump(op)) {
                    leader[code.off[pc] - lo] = true;
                    if (pc + 1 < hi) {
                        leader[pc + 1 - lo] = true;
                    }
                } else if ((op == Op.TAIL_CALL || op == Op.LD_ABS || op == Op.LD_IND) && pc + 1 < hi) {
                    // a tail call or a failing packet load may leave here: the count must be exact
                    leader[pc + 1 - lo] = true;
                }
            }
        }

        /** Instructions from a leader to the end of its block. */
        private int blockLength(int start) {
            int n = 0;
            for (int pc = start; pc < hi; ) {
                if (pc != start && leader[pc - lo]) {
                    break;
                }
                n++;
                int op = code.op[pc];
                if (InitAnalysis.isJump(op) || op == 0x95 || op == Op.TAIL_CALL || op == Op.LD_ABS || op == Op.LD_IND
                        || op == Op.INVALID) {
                    break;
                }
                pc += op == Op.LDDW ? 2 : 1;
            }
            return n;
        }

        void write() {
            findLeaders();
            prologue();
            for (int pc = lo; pc < hi; ) {
                int op = code.op[pc];
                int next = pc + (op == Op.LDDW ? 2 : 1);
                if (!reached(pc)) {
                    pc = next;
                    continue;
                }
                b.labelBinding(label(pc));
                if (leader[pc - lo]) {
                    b.lload(COUNT).loadConstant((long) blockLength(pc)).ladd().lstore(COUNT);
                }
                instruction(pc);
                pc = next;
            }
            handlers();
        }

        private void prologue() {
            b.aload(VM).iload(DEPTH).invokevirtual(CD_VM, "enterCompiledFrame", I_V);
            for (int r : new int[] {0, 6, 7, 8, 9}) {
                b.lconst_0().lstore(REG[r]);
            }
            b.aload(VM).iload(DEPTH).invokevirtual(CD_VM, "stackTop", I_J).lstore(REG[10]);
            b.aload(VM).getfield(CD_VM, "count", CD_long).lstore(COUNT);
            b.aload(VM).getfield(CD_VM, "budget", CD_long).lstore(BUDGET);
            b.loadConstant(Vm.MAX_LOOPS).lstore(MAY_GOTO);
            b.aload(VM).getfield(CD_VM, "mem", CD_MEMORY).astore(MEM);
            b.iconst_0().istore(PC);
            b.aconst_null().astore(FAULT);
            b.iconst_0().istore(TMP);
        }

        /** Marks the bytecode of one instruction as able to fault at {@code pc}. */
        private void faulting(int pc, Runnable body) {
            Label start = b.newBoundLabel();
            body.run();
            Label end = b.newBoundLabel();
            ranges.add(new int[] {pc});
            rangeLabels.add(new Label[] {start, end});
        }

        private void handlers() {
            if (ranges.isEmpty()) {
                return;
            }
            Label common = b.newLabel();
            for (int i = 0; i < ranges.size(); i++) {
                Label h = b.newBoundLabel();
                b.astore(FAULT).loadConstant(ranges.get(i)[0]).istore(PC).goto_(common);
                b.exceptionCatch(rangeLabels.get(i)[0], rangeLabels.get(i)[1], h, CD_FAULT);
            }
            b.labelBinding(common);
            b.aload(VM).getfield(CD_VM, "r", CD_long.arrayType());
            for (int r = 0; r <= 10; r++) {
                b.dup().loadConstant(r).lload(REG[r]).lastore();
            }
            b.pop();
            b.aload(VM).aload(FAULT).iload(PC)
                    .invokevirtual(CD_VM, "compiledFault", MethodTypeDesc.of(CD_ERROR, CD_FAULT, CD_int)).athrow();
        }

        private void syncOut(int pc) {
            b.aload(VM).lload(COUNT).putfield(CD_VM, "count", CD_long);
            b.aload(VM).loadConstant(pc).putfield(CD_VM, "pc", CD_int);
        }

        private void syncIn() {
            b.aload(VM).getfield(CD_VM, "count", CD_long).lstore(COUNT);
        }

        private void address(int base, int pc) {
            b.aload(MEM).lload(REG[base]).loadConstant((long) code.off[pc]).ladd();
        }

        private void instruction(int pc) {
            int op = code.op[pc];
            int d = code.dst[pc];
            int s = code.src[pc];
            long imm = code.imm[pc];
            if (op < 0x100 && ((op & 0x07) == 0x04 || (op & 0x07) == 0x07)) {
                alu(op, d, s, imm);
                return;
            }
            switch (op) {
                case Op.SDIV64_K, Op.SDIV64_X, Op.SMOD64_K, Op.SMOD64_X -> {
                    b.lload(REG[d]);
                    operand64(op == Op.SDIV64_X || op == Op.SMOD64_X, s, imm);
                    b.invokestatic(CD_OPS, op == Op.SDIV64_K || op == Op.SDIV64_X ? "sdiv64" : "smod64", JJ_J);
                    b.lstore(REG[d]);
                }
                case Op.SDIV32_K, Op.SDIV32_X, Op.SMOD32_K, Op.SMOD32_X -> {
                    b.lload(REG[d]).l2i();
                    operand32(op == Op.SDIV32_X || op == Op.SMOD32_X, s, imm);
                    b.invokestatic(CD_OPS, op == Op.SDIV32_K || op == Op.SDIV32_X ? "sdiv32" : "smod32", II_J);
                    b.lstore(REG[d]);
                }
                case Op.MOVSX64_8 -> b.lload(REG[s]).l2i().i2b().i2l().lstore(REG[d]);
                case Op.MOVSX64_16 -> b.lload(REG[s]).l2i().i2s().i2l().lstore(REG[d]);
                case Op.MOVSX64_32 -> b.lload(REG[s]).l2i().i2l().lstore(REG[d]);
                case Op.MOVSX32_8 -> unsigned(b.lload(REG[s]).l2i().i2b()).lstore(REG[d]);
                case Op.MOVSX32_16 -> unsigned(b.lload(REG[s]).l2i().i2s()).lstore(REG[d]);
                case Op.LE16 -> b.lload(REG[d]).loadConstant(0xffffL).land().lstore(REG[d]);
                case Op.LE32 -> b.lload(REG[d]).loadConstant(0xffffffffL).land().lstore(REG[d]);
                case Op.LE64 -> {
                }
                case Op.BE16, Op.BSWAP16 -> b.lload(REG[d]).invokestatic(CD_OPS, "swap16", J_J).lstore(REG[d]);
                case Op.BE32, Op.BSWAP32 -> b.lload(REG[d]).invokestatic(CD_OPS, "swap32", J_J).lstore(REG[d]);
                case Op.BE64, Op.BSWAP64 -> b.lload(REG[d]).invokestatic(CD_LONG, "reverseBytes", J_J).lstore(REG[d]);
                case Op.LDDW -> b.loadConstant(imm).lstore(REG[d]);
                case 0x61, 0x69, 0x71, 0x79, 0x81, 0x89, 0x91 -> faulting(pc, () -> load(op, d, s, pc));
                case 0x62, 0x6a, 0x72, 0x7a -> faulting(pc, () -> {
                    address(d, pc);
                    b.loadConstant(imm).invokevirtual(CD_MEMORY, "store" + bits(op), JJ_V);
                });
                case 0x63, 0x6b, 0x73, 0x7b -> faulting(pc, () -> {
                    address(d, pc);
                    b.lload(REG[s]).invokevirtual(CD_MEMORY, "store" + bits(op), JJ_V);
                });
                case Op.ATOMIC32, Op.ATOMIC64 -> faulting(pc, () -> {
                    b.aload(VM).lload(REG[d]).loadConstant((long) code.off[pc]).ladd().lload(REG[s]).lload(REG[0])
                            .loadConstant(op == Op.ATOMIC32 ? 4 : 8).loadConstant((int) imm)
                            .invokestatic(CD_OPS, "atomic", MethodTypeDesc.of(CD_long, CD_VM, CD_long, CD_long, CD_long,
                                    CD_int, CD_int));
                    int a = (int) imm;
                    if (a == dev.bpfj.core.Opcodes.CMPXCHG) {
                        b.lstore(REG[0]);
                    } else if ((a & dev.bpfj.core.Opcodes.FETCH) != 0) {
                        b.lstore(REG[s]);
                    } else {
                        b.pop2();
                    }
                });
                case Op.LOAD_ACQ -> faulting(pc, () -> {
                    address(s, pc);
                    b.loadConstant(dev.bpfj.core.Opcodes.sizeBytes(code.insn[pc].opcode())).invokevirtual(CD_MEMORY, "load", MethodTypeDesc.of(CD_long, CD_long, CD_int))
                            .lstore(REG[d]);
                });
                case Op.STORE_REL -> faulting(pc, () -> {
                    address(d, pc);
                    b.loadConstant(dev.bpfj.core.Opcodes.sizeBytes(code.insn[pc].opcode())).lload(REG[s])
                            .invokevirtual(CD_MEMORY, "store", MethodTypeDesc.of(CD_void, CD_long, CD_int, CD_long));
                });
                case Op.MAY_GOTO -> {
                    Label stay = b.newLabel();
                    b.lload(MAY_GOTO).lconst_0().lcmp().ifne(stay);
                    jumpTo(pc, code.off[pc]);
                    b.labelBinding(stay);
                    b.lload(MAY_GOTO).lconst_1().lsub().lstore(MAY_GOTO);
                }
                case Op.LD_ABS, Op.LD_IND -> {
                    faulting(pc, () -> {
                        b.aload(VM).lload(REG[6]);
                        if (op == Op.LD_IND) {
                            b.lload(REG[s]).loadConstant(imm).ladd();
                        } else {
                            b.loadConstant(imm);
                        }
                        b.l2i().loadConstant(code.off[pc])
                                .invokevirtual(CD_VM, "loadAbs", MethodTypeDesc.of(CD_long, CD_long, CD_int, CD_int))
                                .lstore(REG[0]);
                    });
                    // a failed load returns 0 from this function, as the kernel's rewrite does
                    Label ok = b.newLabel();
                    b.lload(REG[0]).lconst_0().lcmp().ifge(ok);
                    b.aload(VM).lload(COUNT).putfield(CD_VM, "count", CD_long);
                    b.lconst_0().lreturn();
                    b.labelBinding(ok);
                }
                case Op.CALL_HELPER -> helper(pc, (int) imm);
                case Op.TAIL_CALL -> faulting(pc, () -> {
                    syncOut(pc);
                    b.aload(VM).lload(REG[1]).lload(REG[2]).lload(REG[3])
                            .invokevirtual(CD_VM, "tailCallTarget", MethodTypeDesc.of(CD_int, CD_long, CD_long, CD_long))
                            .istore(TMP);
                    Label fall = b.newLabel();
                    b.iload(TMP).iflt(fall);
                    b.aload(VM).iload(TMP).lload(REG[1]).iload(DEPTH)
                            .invokevirtual(CD_VM, "runTail", MethodTypeDesc.of(CD_long, CD_int, CD_long, CD_int)).lreturn();
                    b.labelBinding(fall);
                });
                case Op.CALL_LOCAL -> faulting(pc, () -> {
                    syncOut(pc);
                    b.aload(VM);
                    for (int r = 1; r <= 5; r++) {
                        b.lload(REG[r]);
                    }
                    b.iload(DEPTH).iconst_1().iadd()
                            .invokestatic(self, "f" + analysis.functionOf(code.off[pc]), FUNCTION).lstore(REG[0]);
                    b.aload(VM).iload(DEPTH).invokevirtual(CD_VM, "leaveCompiledFrame", I_V);
                    syncIn();
                });
                case 0x95 -> {
                    b.aload(VM).lload(COUNT).putfield(CD_VM, "count", CD_long);
                    b.lload(REG[0]).lreturn();
                }
                case Op.INVALID -> faulting(pc, () -> b.aload(VM).loadConstant(pc)
                        .invokevirtual(CD_VM, "invalidFault", MethodTypeDesc.of(CD_FAULT, CD_int)).athrow());
                default -> {
                    if (InitAnalysis.isJump(op)) {
                        branch(pc, op, d, s, imm);
                    } else {
                        faulting(pc, () -> b.aload(VM).loadConstant(pc)
                                .invokevirtual(CD_VM, "invalidFault", MethodTypeDesc.of(CD_FAULT, CD_int)).athrow());
                    }
                }
            }
        }

        private String bits(int op) {
            return switch (op & 0x18) {
                case 0x00 -> "32";
                case 0x08 -> "16";
                case 0x10 -> "8";
                default -> "64";
            };
        }

        private void load(int op, int d, int s, int pc) {
            address(s, pc);
            b.invokevirtual(CD_MEMORY, "load" + bits(op), J_J);
            switch (op) {
                case 0x81 -> b.l2i().i2l();
                case 0x89 -> b.l2i().i2s().i2l();
                case 0x91 -> b.l2i().i2b().i2l();
                default -> {
                }
            }
            b.lstore(REG[d]);
        }

        private CodeBuilder unsigned(CodeBuilder c) {
            return c.invokestatic(CD_INTEGER, "toUnsignedLong", I_J);
        }

        private void operand64(boolean x, int s, long imm) {
            if (x) {
                b.lload(REG[s]);
            } else {
                b.loadConstant(imm);
            }
        }

        private void operand32(boolean x, int s, long imm) {
            if (x) {
                b.lload(REG[s]).l2i();
            } else {
                b.loadConstant((int) imm);
            }
        }

        private void alu(int op, int d, int s, long imm) {
            boolean alu64 = (op & 0x07) == 0x07;
            boolean x = (op & 0x08) != 0;
            int o = op & 0xf0;
            if (o == 0xb0) { // mov
                if (alu64) {
                    operand64(x, s, imm);
                } else if (x) {
                    unsigned(b.lload(REG[s]).l2i());
                } else {
                    b.loadConstant(imm & 0xffffffffL);
                }
                b.lstore(REG[d]);
                return;
            }
            if (o == 0x80) { // neg
                if (alu64) {
                    b.lload(REG[d]).lneg();
                } else {
                    unsigned(b.lload(REG[d]).l2i().ineg());
                }
                b.lstore(REG[d]);
                return;
            }
            if (alu64) {
                b.lload(REG[d]);
                boolean shift = o == 0x60 || o == 0x70 || o == 0xc0;
                if (shift) {
                    if (x) {
                        b.lload(REG[s]).l2i();
                    } else {
                        b.loadConstant((int) imm);
                    }
                } else {
                    operand64(x, s, imm);
                }
                switch (o) {
                    case 0x00 -> b.ladd();
                    case 0x10 -> b.lsub();
                    case 0x20 -> b.lmul();
                    case 0x30 -> b.invokestatic(CD_OPS, "udiv64", JJ_J);
                    case 0x40 -> b.lor();
                    case 0x50 -> b.land();
                    case 0x60 -> b.lshl();
                    case 0x70 -> b.lushr();
                    case 0x90 -> b.invokestatic(CD_OPS, "umod64", JJ_J);
                    case 0xa0 -> b.lxor();
                    case 0xc0 -> b.lshr();
                    default -> throw new IllegalStateException("alu64 " + Integer.toHexString(op));
                }
            } else {
                b.lload(REG[d]).l2i();
                operand32(x, s, imm);
                switch (o) {
                    case 0x30 -> b.invokestatic(CD_OPS, "udiv32", II_J);
                    case 0x90 -> b.invokestatic(CD_OPS, "umod32", II_J);
                    default -> {
                        switch (o) {
                            case 0x00 -> b.iadd();
                            case 0x10 -> b.isub();
                            case 0x20 -> b.imul();
                            case 0x40 -> b.ior();
                            case 0x50 -> b.iand();
                            case 0x60 -> b.ishl();
                            case 0x70 -> b.iushr();
                            case 0xa0 -> b.ixor();
                            case 0xc0 -> b.ishr();
                            default -> throw new IllegalStateException("alu32 " + Integer.toHexString(op));
                        }
                        unsigned(b);
                    }
                }
            }
            b.lstore(REG[d]);
        }

        /** A taken jump: the budget is checked on backward ones. */
        private void jumpTo(int pc, int target) {
            if (target <= pc) {
                faulting(pc, () -> {
                    Label ok = b.newLabel();
                    b.lload(COUNT).lload(BUDGET).lcmp().ifle(ok);
                    b.aload(VM).invokevirtual(CD_VM, "budgetFault", MethodTypeDesc.of(CD_FAULT)).athrow();
                    b.labelBinding(ok);
                });
            }
            b.goto_(label(target));
        }

        private void branch(int pc, int op, int d, int s, long imm) {
            int target = code.off[pc];
            if (op == 0x05 || op == 0x06) {
                jumpTo(pc, target);
                return;
            }
            boolean jmp32 = (op & 0x07) == 0x06;
            boolean x = (op & 0x08) != 0;
            int o = op & 0xf0;
            Label taken = target <= pc ? b.newLabel() : label(target);
            if (jmp32) {
                b.lload(REG[d]).l2i();
                operand32(x, s, imm);
                switch (o) {
                    case 0x10 -> b.if_icmpeq(taken);
                    case 0x50 -> b.if_icmpne(taken);
                    case 0x60 -> b.if_icmpgt(taken);
                    case 0x70 -> b.if_icmpge(taken);
                    case 0xc0 -> b.if_icmplt(taken);
                    case 0xd0 -> b.if_icmple(taken);
                    case 0x40 -> b.iand().ifne(taken);
                    default -> {
                        b.invokestatic(CD_INTEGER, "compareUnsigned", II_I);
                        unsignedBranch(o, taken);
                    }
                }
            } else {
                b.lload(REG[d]);
                operand64(x, s, imm);
                switch (o) {
                    case 0x10 -> b.lcmp().ifeq(taken);
                    case 0x50 -> b.lcmp().ifne(taken);
                    case 0x60 -> b.lcmp().ifgt(taken);
                    case 0x70 -> b.lcmp().ifge(taken);
                    case 0xc0 -> b.lcmp().iflt(taken);
                    case 0xd0 -> b.lcmp().ifle(taken);
                    case 0x40 -> b.land().lconst_0().lcmp().ifne(taken);
                    default -> {
                        b.invokestatic(CD_LONG, "compareUnsigned", JJ_I);
                        unsignedBranch(o, taken);
                    }
                }
            }
            if (target <= pc) {
                Label fall = b.newLabel();
                b.goto_(fall);
                b.labelBinding(taken);
                jumpTo(pc, target);
                b.labelBinding(fall);
            }
        }

        private void unsignedBranch(int o, Label taken) {
            switch (o) {
                case 0x20 -> b.ifgt(taken);
                case 0x30 -> b.ifge(taken);
                case 0xa0 -> b.iflt(taken);
                case 0xb0 -> b.ifle(taken);
                default -> throw new IllegalStateException("jump " + Integer.toHexString(o));
            }
        }

        private void helper(int pc, int id) {
            if (id < 0 || id >= helpers.length || helpers[id] == null) {
                faulting(pc, () -> b.aload(VM).loadConstant(id)
                        .invokevirtual(CD_VM, "unsupportedHelper", MethodTypeDesc.of(CD_FAULT, CD_int)).athrow());
                return;
            }
            faulting(pc, () -> {
                syncOut(pc);
                b.aload(VM).getfield(CD_VM, "helpers", CD_HELPER.arrayType()).loadConstant(id).aaload();
                b.aload(VM);
                for (int r = 1; r <= 5; r++) {
                    b.lload(REG[r]);
                }
                b.invokeinterface(CD_HELPER, "call", MethodTypeDesc.of(CD_long, CD_VM, CD_long, CD_long, CD_long,
                        CD_long, CD_long)).lstore(REG[0]);
                syncIn();
            });
        }
    }
}
