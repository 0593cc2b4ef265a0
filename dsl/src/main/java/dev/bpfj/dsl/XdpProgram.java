package dev.bpfj.dsl;

import dev.bpfj.core.Helper;
import dev.bpfj.core.Helpers;
import dev.bpfj.core.JumpOp;
import dev.bpfj.core.MapType;
import dev.bpfj.core.ProgramType;
import dev.bpfj.core.Register;
import dev.bpfj.core.SectionDefs;
import dev.bpfj.core.Size;
import dev.bpfj.core.SourceLocation;
import dev.bpfj.core.XdpAction;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.dsl.codegen.Code;
import dev.bpfj.dsl.codegen.MInsn;
import dev.bpfj.dsl.codegen.StackFrame;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * An XDP program written in Java. Subclass it, annotate the class with {@link Xdp}, declare maps as
 * fields and write the program in {@link #body()}:
 *
 * <pre>{@code
 * @Xdp(name = "drop_udp_9999", license = "GPL")
 * public final class DropUdpPort extends XdpProgram {
 *     final ArrayMap drops = perCpuArray("drops", ScalarType.U64, 1);
 *
 *     @Override protected void body() {
 *         var eth = packet().header(Ethernet.LAYOUT).orReturn(XdpAction.PASS);
 *         when(eth.get(Ethernet.TYPE).ne(EtherType.IPV4)).ret(XdpAction.PASS);
 *         var ip = eth.next(Ipv4.LAYOUT).orReturn(XdpAction.PASS);
 *         when(ip.get(Ipv4.PROTOCOL).ne(IpProto.UDP)).ret(XdpAction.PASS);
 *         var udp = ip.payload(Udp.LAYOUT).orReturn(XdpAction.PASS);
 *         when(udp.get(Udp.DEST).eq(9999), () -> {
 *             drops.lookup(0).ifPresent(count -> count.increment());
 *             ret(XdpAction.DROP);
 *         });
 *         ret(XdpAction.PASS);
 *     }
 * }
 * }</pre>
 *
 * {@link #build()} (or {@link Programs#compile(Class)}) runs {@code body()} once and returns the
 * object: the program in loaded form, with every instruction carrying its Java line, and its maps.
 */
public abstract class XdpProgram {
    private static final Set<String> SECTIONS = Set.of("xdp", "xdp.frags", "xdp/devmap", "xdp/cpumap",
            "xdp.frags/devmap", "xdp.frags/cpumap");

    private final List<BpfMap> maps = new ArrayList<>();
    private final List<Function> functions = new ArrayList<>();
    /** Functions compiled so far, in the order they were first used (inner ones first). */
    private final java.util.Map<Function, Compiled> compiled = new java.util.LinkedHashMap<>();
    private final java.util.Set<Function> compiling = new java.util.HashSet<>();
    private int loops;
    private SourceCapture capture;
    private Gen.Build buildState;
    private Gen gen;
    private Packet packet;
    private boolean built;

    /** The program: statements that end with {@code ret(...)} on every path. */
    protected abstract void body();

    // ---------------------------------------------------------------- building

    /** The program's name: {@link Xdp#name()} or the class name in snake case. */
    public String programName() {
        Xdp x = getClass().getAnnotation(Xdp.class);
        if (x != null && !x.name().isEmpty()) {
            return x.name();
        }
        String s = getClass().getSimpleName();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(s.charAt(i - 1))) {
                sb.append('_');
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    public String section() {
        Xdp x = getClass().getAnnotation(Xdp.class);
        return x == null ? "xdp" : x.section();
    }

    public String license() {
        Xdp x = getClass().getAnnotation(Xdp.class);
        return x == null ? "GPL" : x.license();
    }

    /** The maps this program declares, in declaration order. */
    public List<BpfMap> maps() {
        return List.copyOf(maps);
    }

    /**
     * Runs {@link #body()} and returns the object: this program and its maps.
     *
     * @throws BpfBuildException for anything the kernel would reject that the DSL can see, naming the
     *         Java line and the fix
     */
    public ObjectSpec build() {
        return build(new SourceCapture());
    }

    /** As {@link #build()}, finding source line text under the given capture's roots. */
    public ObjectSpec build(SourceCapture capture) {
        if (built) {
            throw new IllegalStateException(getClass().getSimpleName() + " has been built already; create a new instance");
        }
        built = true;
        String section = section();
        if (!SECTIONS.contains(section) || SectionDefs.match(section).isEmpty()) {
            throw new BpfBuildException(null, "section \"" + section + "\" is not an XDP section; use xdp, xdp.frags,"
                    + " xdp/devmap or xdp/cpumap");
        }
        String name = programName();
        this.capture = capture;
        Code code = new Code(name, capture::here);
        gen = new Gen(code, ProgramType.XDP, license());
        buildState = gen.build;
        buildState.active = gen;
        body();
        gen.finish();
        List<MInsn> physical = code.finish();
        Compiled main = new Compiled(name, physical, code.frame().size(), Set.copyOf(gen.calls), gen.changedPacket,
                List.of(), false, null);
        checkStack(main);
        Asm asm = Asm.program(name, section, capture);
        lower(physical, asm);
        for (Compiled f : compiled.values()) {
            asm.function(f.name(), f.proto());
            lower(f.code(), asm);
        }
        ObjectBuilder ob = ObjectBuilder.license(license());
        for (BpfMap m : maps) {
            ob.map(m.spec());
        }
        return ob.program(asm).build();
    }

    /** A function's finished code and what its callers must know about it. */
    record Compiled(String name, List<MInsn> code, int frame, Set<String> calls, boolean changesPacket,
                    List<Gen.Capture> captures, boolean usesCtx, BtfType.FuncProto proto) {}

    /**
     * The BTF prototype of a function, for its func_info (loaders and verifiers want one for every
     * subprogram): {@code result name(struct xdp_md *ctx, params...)}, or {@code long cb(__u32 index,
     * void *ctx)} for a bpf_loop body.
     */
    private static BtfType.FuncProto proto(Function f) {
        List<BtfType.Param> params = new ArrayList<>();
        if (f.callback) {
            params.add(new BtfType.Param("index", ScalarType.U32.btf()));
            params.add(new BtfType.Param("ctx", new BtfType.Ptr(BtfType.Void.INSTANCE)));
            return new BtfType.FuncProto(ScalarType.S64.btf(), params);
        }
        params.add(new BtfType.Param("ctx", new BtfType.Ptr(new BtfType.Fwd("xdp_md", false))));
        for (int i = 0; i < f.params.size(); i++) {
            BtfType t = switch (f.params.get(i)) {
                case ScalarType st -> st.btf();
                case Param.HeaderParam<?> h -> new BtfType.Ptr(h.layout().btf());
                case Param.StructParam<?> st -> new BtfType.Ptr(st.layout().btf());
                case Param.CursorParam c -> new BtfType.Ptr(BtfType.Void.INSTANCE);
            };
            params.add(new BtfType.Param("arg" + i, t));
        }
        return new BtfType.FuncProto(f.result.btf(), params);
    }

    /**
     * Compiles {@code f} the first time it is used — right away, so the call site knows whether it moves
     * packet data and, for a loop body, which values it captures.
     */
    Compiled use(Function f) {
        Compiled done = compiled.get(f);
        if (done != null) {
            return done;
        }
        Gen caller = gen();
        if (!compiling.add(f)) {
            throw caller.error("function " + f.name + " calls itself (directly or through other functions); BPF has"
                    + " no recursion: use a loop");
        }
        Packet callerPacket = packet;
        Code fc = new Code(f.name, capture::here);
        Gen fg = new Gen(buildState, fc, ProgramType.XDP, license(), f.callback ? caller : null,
                f.callback ? 2 : f.params.size());
        gen = fg;
        packet = null;
        buildState.active = fg;
        try {
            Object[] values = new Object[f.params.size()];
            for (int i = 0; i < values.length; i++) {
                int reg = fg.params[i];
                values[i] = switch (f.params.get(i)) {
                    case ScalarType t -> new Value(fg, t, reg);
                    case Param.HeaderParam<?> h -> headerParam(fg, h.layout(), reg);
                    case Param.StructParam<?> st -> new Struct<>(fg, st.layout(), reg);
                    case Param.CursorParam c -> new Cursor(fg, reg, 0);
                };
            }
            Args args = new Args(fg, f.name, f.params, values);
            fg.scoped(() -> f.body.accept(args));
            // what follows the body belongs to its last line, not to whoever called build()
            fc.at(fc.lastSource() == null ? Gen.PROLOGUE : fc.lastSource());
            if (f.callback && fc.fallsThrough()) {
                fg.ret(0); // bpf_loop: carry on with the next iteration
            }
            fg.finish();
            done = new Compiled(f.name, fc.finish(), fc.frame().size(), Set.copyOf(fg.calls), fg.changedPacket,
                    fg.captures(), fg.usesCtx, proto(f));
        } finally {
            gen = caller;
            packet = callerPacket;
            buildState.active = caller;
            compiling.remove(f);
        }
        compiled.put(f, done);
        return done;
    }

    /** A view of the caller's packet, checked by the caller for the header's fixed size. */
    private static <S> Header<S> headerParam(Gen g, Layout<S> layout, int reg) {
        g.rememberCheck(reg, layout.size());
        return new Header<>(g, layout, reg, 0);
    }

    /**
     * The kernel's limit: the frames of the deepest chain of calls (each rounded up to 32 bytes, at least
     * 32) fit in 512 bytes.
     */
    private void checkStack(Compiled main) {
        java.util.Map<String, Compiled> byName = new java.util.HashMap<>();
        compiled.values().forEach(c -> byName.put(c.name(), c));
        int depth = depth(main, byName);
        if (depth > StackFrame.LIMIT) {
            throw new BpfBuildException(null, "the program needs " + depth + " bytes of stack along its deepest chain"
                    + " of function calls (each frame rounded up to 32 bytes), more than 512; keep fewer structs"
                    + " alive at once or move large ones into a per-CPU array map");
        }
    }

    private static int depth(Compiled c, java.util.Map<String, Compiled> byName) {
        int deepest = 0;
        for (String callee : c.calls()) {
            Compiled f = byName.get(callee);
            if (f != null) {
                deepest = Math.max(deepest, depth(f, byName));
            }
        }
        return (Math.max(c.frame(), 1) + 31) / 32 * 32 + deepest;
    }

    static void lower(List<MInsn> code, Asm asm) {
        SourceLocation first = null;
        for (MInsn m : code) {
            if (m.source() != null && m.source() != Gen.PROLOGUE) {
                first = m.source();
                break;
            }
        }
        for (MInsn m : code) {
            SourceLocation at = m.source() == null || m.source() == Gen.PROLOGUE ? first : m.source();
            asm.at(at == null ? new SourceLocation("<bpfj>", 0) : at);
            if (m.isLabel()) {
                asm.label(m.label());
            } else if (m.isUnconditional()) {
                asm.ja(m.label());
            } else if (m.isConditional()) {
                JumpOp op = JumpOp.ofCode(m.op());
                boolean wide = m.cls() == dev.bpfj.core.Opcodes.JMP;
                if (m.isX()) {
                    if (wide) {
                        asm.jump(op, Register.of(m.dst()), Register.of(m.src()), m.label());
                    } else {
                        asm.jump32(op, Register.of(m.dst()), Register.of(m.src()), m.label());
                    }
                } else if (wide) {
                    asm.jump(op, Register.of(m.dst()), (int) m.imm(), m.label());
                } else {
                    asm.jump32(op, Register.of(m.dst()), (int) m.imm(), m.label());
                }
            } else if (m.isCall() && m.src() == dev.bpfj.core.Opcodes.PSEUDO_CALL) {
                asm.call(m.ref());
            } else if (m.opcode() == dev.bpfj.core.Opcodes.LDDW && m.src() == dev.bpfj.core.Opcodes.PSEUDO_FUNC) {
                asm.ldFunc(Register.of(m.dst()), m.ref());
            } else {
                asm.emit(m.toInstruction().withSource(at == null ? new SourceLocation("<bpfj>", 0) : at));
            }
        }
        asm.at(null);
    }

    Gen gen() {
        if (gen == null) {
            throw new BpfBuildException(null, "maps and statements are used inside body(), which build() runs");
        }
        return gen;
    }

    void register(BpfMap map) {
        if (built) {
            throw new BpfBuildException(null, "declare maps as fields, before build()");
        }
        for (BpfMap m : maps) {
            if (m.name.equals(map.name)) {
                throw new BpfBuildException(null, "two maps are named '" + map.name + "'");
            }
        }
        maps.add(map);
    }

    // ---------------------------------------------------------------- maps

    /** {@code BPF_MAP_TYPE_ARRAY} of {@code maxEntries} values indexed by u32. */
    protected ArrayMap array(String name, DataType value, int maxEntries) {
        return new ArrayMap(this, name, false, value, maxEntries);
    }

    /** {@code BPF_MAP_TYPE_PERCPU_ARRAY}: one array per CPU, updated without atomics. */
    protected ArrayMap perCpuArray(String name, DataType value, int maxEntries) {
        return new ArrayMap(this, name, true, value, maxEntries);
    }

    /** {@code BPF_MAP_TYPE_HASH} */
    protected HashTable hash(String name, DataType key, DataType value, int maxEntries) {
        return new HashTable(this, name, MapType.HASH, key, value, maxEntries, 0);
    }

    /** {@code BPF_MAP_TYPE_PERCPU_HASH} */
    protected HashTable perCpuHash(String name, DataType key, DataType value, int maxEntries) {
        return new HashTable(this, name, MapType.PERCPU_HASH, key, value, maxEntries, 0);
    }

    /** {@code BPF_MAP_TYPE_LRU_HASH}: the least recently used entry makes room when full. */
    protected HashTable lruHash(String name, DataType key, DataType value, int maxEntries) {
        return new HashTable(this, name, MapType.LRU_HASH, key, value, maxEntries, 0);
    }

    /** {@code BPF_MAP_TYPE_LRU_PERCPU_HASH} */
    protected HashTable lruPerCpuHash(String name, DataType key, DataType value, int maxEntries) {
        return new HashTable(this, name, MapType.LRU_PERCPU_HASH, key, value, maxEntries, 0);
    }

    /** {@code BPF_MAP_TYPE_LPM_TRIE} with a key of prefix length then address (see {@code LpmKey}). */
    protected LpmTrie lpmTrie(String name, Layout<?> key, DataType value, int maxEntries) {
        return new LpmTrie(this, name, key, value, maxEntries);
    }

    /** {@code BPF_MAP_TYPE_DEVMAP}: interfaces to redirect to, by index. */
    protected RedirectMap devMap(String name, int maxEntries) {
        return new RedirectMap(this, name, MapType.DEVMAP, maxEntries);
    }

    /** {@code BPF_MAP_TYPE_DEVMAP_HASH}: interfaces to redirect to, by key (e.g. ifindex). */
    protected RedirectMap devMapHash(String name, int maxEntries) {
        return new RedirectMap(this, name, MapType.DEVMAP_HASH, maxEntries);
    }

    /** {@code BPF_MAP_TYPE_CPUMAP}: CPUs to hand packets to. */
    protected RedirectMap cpuMap(String name, int maxEntries) {
        return new RedirectMap(this, name, MapType.CPUMAP, maxEntries);
    }

    /** {@code BPF_MAP_TYPE_XSKMAP}: AF_XDP sockets, usually by rx queue. */
    protected RedirectMap xskMap(String name, int maxEntries) {
        return new RedirectMap(this, name, MapType.XSKMAP, maxEntries);
    }

    /** {@code BPF_MAP_TYPE_PROG_ARRAY}: programs for tail calls. */
    protected ProgArray progArray(String name, int maxEntries) {
        return new ProgArray(this, name, maxEntries);
    }

    /** {@code BPF_MAP_TYPE_RINGBUF} of {@code bytes} (a power of two, at least a page). */
    protected RingBuf ringBuf(String name, int bytes) {
        return new RingBuf(this, name, bytes);
    }

    /** {@code BPF_MAP_TYPE_PERF_EVENT_ARRAY} with one slot per possible CPU (sized by the loader). */
    protected PerfEventArray perfEventArray(String name, int maxEntries) {
        return new PerfEventArray(this, name, maxEntries);
    }

    // ---------------------------------------------------------------- statements

    /** The packet, reachable through bounds-checked header views. */
    protected Packet packet() {
        if (packet == null) {
            packet = new Packet(gen());
        }
        return packet;
    }

    /** Returns {@code action} from the program. */
    protected void ret(XdpAction action) {
        gen().ret(action.value());
    }

    /** Returns a computed action (e.g. the result of a redirect). */
    protected void ret(Value action) {
        gen().ret(action);
    }

    /** A conditional statement: {@code when(cond).ret(XdpAction.DROP)}. */
    protected When when(Cond cond) {
        return new When(gen(), cond);
    }

    /** {@code if (cond) { body }}; attach {@code .otherwise(...)} or {@code .orWhen(...)} for else branches. */
    protected Otherwise when(Cond cond, Runnable body) {
        Gen g = gen();
        String skip = g.code().newLabel("else");
        g.branch(cond, false, skip);
        g.scoped(body);
        return Otherwise.after(g, skip);
    }

    /** A local variable of {@code type} starting at {@code init}. */
    protected Var local(ScalarType type, long init) {
        return gen().newVar(type, Value.of(type.host(), init));
    }

    /** A local variable holding {@code init}, of its type. */
    protected Var local(Value init) {
        return gen().newVar(init.type(), init);
    }

    /** A local variable of {@code type} starting at {@code init} (converted). */
    protected Var local(ScalarType type, Value init) {
        return gen().newVar(type, init);
    }

    /** A constant value of {@code type}. */
    protected static Value constant(ScalarType type, long value) {
        return Value.of(type, value);
    }

    /** A struct on the stack, for map keys and values, helper parameters, records. */
    protected <S> Struct<S> struct(Layout<S> layout) {
        return new Struct<>(gen(), layout);
    }

    /** Runs {@code body} {@code times} times, unrolled: the index is a build-time constant. */
    protected void unroll(int times, IntConsumer body) {
        for (int i = 0; i < times; i++) {
            int index = i;
            gen().scoped(() -> body.accept(index));
        }
    }

    /**
     * A bounded loop the verifier walks iteration by iteration: {@code for (i = from; i < to; i++)}.
     * {@code body} gets the index; keep {@code to - from} small.
     */
    protected void loop(long from, long to, Consumer<Value> body) {
        Gen g = gen();
        Var i = g.newVar(ScalarType.U32, Value.of(ScalarType.U32, from));
        String top = g.code().newLabel("loop");
        String done = g.code().newLabel("done");
        g.code().label(top);
        g.branch(i.lt(to), false, done);
        g.scoped(() -> body.accept(i));
        i.increment();
        g.code().jump(top);
        g.code().label(done);
    }

    // ---------------------------------------------------------------- functions and bpf_loop

    /**
     * Declares a bpf-to-bpf function (compiled once, however often it is called). {@code body} gets the
     * arguments — numbers ({@link ScalarType}), header views ({@link Param#header}), structs
     * ({@link Param#struct}) — and must end every path with {@code ret(value)}; declare it as a field.
     */
    protected Function function(String name, ScalarType result, Consumer<Args> body, Param... params) {
        for (Function f : functions) {
            if (f.name.equals(name)) {
                throw new BpfBuildException(null, "two functions are named '" + name + "'");
            }
        }
        Function f = new Function(this, name, result, List.of(params), body, false);
        functions.add(f);
        return f;
    }

    /**
     * {@code bpf_loop(iterations, body, &captures, 0)}: runs {@code body} up to {@code iterations} times (at
     * most 8M) in a callback the verifier checks once, however many iterations run. The body gets the
     * index; {@code ret(1)} inside it stops the loop early, falling off its end continues.
     *
     * <p>The body may use the packet ({@code packet()}, helpers taking the context) and the values and
     * {@code Var}s of the code around the loop: they are passed to it in a struct on the stack, and Vars it
     * sets are read back after the loop. Views and structs are not passed: take them inside the body.
     * Returns the iterations done.
     */
    protected Value bpfLoop(long iterations, Consumer<Value> body) {
        Gen g = gen();
        if (iterations < 0 || iterations > 1 << 23) {
            throw g.error("bpf_loop runs 0..8388608 iterations, not " + iterations);
        }
        String name = programName() + "_loop" + loops++;
        Function f = new Function(this, name, ScalarType.S64, List.of(ScalarType.U32), args -> body.accept(args.get(0)),
                true);
        functions.add(f);
        Compiled c = use(f);
        g.code().frame().mark();
        boolean passes = c.usesCtx() || !c.captures().isEmpty();
        int off = passes ? g.allocate(8 * (1 + c.captures().size()), 8) : 0;
        if (c.usesCtx()) {
            g.code().store(Size.DW, Code.FP, off, g.ctx());
        }
        for (Gen.Capture cap : c.captures()) {
            g.code().store(Size.DW, Code.FP, off + cap.slot(), g.reg(cap.source()));
        }
        g.calls.add(name);
        Value done = g.call(Helpers.LOOP, ScalarType.S64, new Gen.ImmArg(iterations), new Gen.FuncArg(name),
                passes ? new Gen.StackArg(off) : new Gen.ImmArg(0), new Gen.ImmArg(0));
        for (Gen.Capture cap : c.captures()) {
            if (cap.written()[0]) {
                g.code().load(Size.DW, cap.source().reg, Code.FP, off + cap.slot()); // the body set this Var
            }
        }
        if (c.changesPacket()) {
            g.packetChanged();
        }
        g.code().frame().release();
        return done;
    }

    /** In a {@code bpf_loop} body: stops the loop (the body returns 1). */
    protected void breakLoop() {
        Gen g = gen();
        if (g.parent == null) {
            throw g.error("breakLoop() stops a bpf_loop body; here there is none");
        }
        g.ret(1);
    }

    /** Returns {@code value} from the current function (or the program). */
    protected void ret(long value) {
        gen().ret(value);
    }

    // ---------------------------------------------------------------- raw instructions

    /**
     * Raw instructions inside a typed program, for what the typed layer cannot say. The rules are those of
     * a helper call: the {@code inputs} arrive in r1, r2, ... (at most five); the snippet leaves its result
     * in r0; it may use r0–r5 freely and nothing else — r6–r9 hold the program's values and r10 its stack.
     * Labels are the snippet's own; {@code ja("end")} jumps past its last instruction; it cannot
     * {@code exit} (return with {@code ret(...)} after it). Map loads name maps of this program.
     *
     * <pre>{@code
     * // population count of the low byte, as the compiler would not write it
     * var bits = asm(ScalarType.U32, a -> a.mov(R0, R1).and(R0, 0x55).rsh(R1, 1).and(R1, 0x55).add(R0, R1), value);
     * }</pre>
     *
     * @param result the type of r0 afterwards, or null when the snippet has no result
     * @return the result, or null
     */
    protected Value asm(ScalarType result, Consumer<Asm> snippet, Value... inputs) {
        Gen g = gen();
        if (inputs.length > 5) {
            throw g.error("asm(...) takes at most 5 inputs (r1..r5), not " + inputs.length);
        }
        SourceLocation at = g.here();
        Asm a = Asm.program("asm", "xdp", capture);
        a.at(at);
        snippet.accept(a);
        a.at(at);
        a.label("end");
        a.exit();
        List<dev.bpfj.core.Instruction> insns = a.build().instructions();
        insns = insns.subList(0, insns.size() - 1); // the exit that binds "end"
        List<MInsn> body = RawInstructions.lower(insns, g, maps.stream().map(m -> m.name).toList(), at);
        Gen.Arg[] args = new Gen.Arg[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            args[i] = Gen.arg(g, inputs[i]);
        }
        return g.raw(body, args, result);
    }

    /** r0..r5 for {@link #asm} snippets. */
    protected static final dev.bpfj.core.Register R0 = dev.bpfj.core.Register.R0;
    protected static final dev.bpfj.core.Register R1 = dev.bpfj.core.Register.R1;
    protected static final dev.bpfj.core.Register R2 = dev.bpfj.core.Register.R2;
    protected static final dev.bpfj.core.Register R3 = dev.bpfj.core.Register.R3;
    protected static final dev.bpfj.core.Register R4 = dev.bpfj.core.Register.R4;
    protected static final dev.bpfj.core.Register R5 = dev.bpfj.core.Register.R5;

    // ---------------------------------------------------------------- context

    private Value ctxField(int offset) {
        Gen g = gen();
        return g.load(ScalarType.U32, g.ctx(), offset);
    }

    /** {@code ctx->ingress_ifindex}: the interface the packet arrived on. */
    protected Value ingressIfindex() {
        return ctxField(12);
    }

    /** {@code ctx->rx_queue_index}: the receive queue. */
    protected Value rxQueueIndex() {
        return ctxField(16);
    }

    /** {@code ctx->egress_ifindex}: the interface a devmap program sends on (devmap programs only). */
    protected Value egressIfindex() {
        if (!section().endsWith("devmap")) {
            throw gen().error("egress_ifindex is readable only in xdp/devmap programs; this one is in " + section());
        }
        return ctxField(20);
    }

    // ---------------------------------------------------------------- helpers

    private Value helper(Helper h, ScalarType result, Gen.Arg... args) {
        return gen().call(h, result, args);
    }

    /** {@code bpf_ktime_get_ns()}: monotonic time in nanoseconds. */
    protected Value ktimeGetNs() {
        return helper(Helpers.KTIME_GET_NS, ScalarType.U64);
    }

    /** {@code bpf_get_prandom_u32()} */
    protected Value prandomU32() {
        return helper(Helpers.GET_PRANDOM_U32, ScalarType.U32);
    }

    /** {@code bpf_get_smp_processor_id()} */
    protected Value smpProcessorId() {
        return helper(Helpers.GET_SMP_PROCESSOR_ID, ScalarType.U32);
    }

    /** {@code bpf_redirect(ifindex, 0)}: returns {@code XDP_REDIRECT}; return it with {@code ret(...)}. */
    protected Value redirect(Value ifindex) {
        Gen g = gen();
        return helper(Helpers.REDIRECT, ScalarType.U32, Gen.arg(g, Gen.convert(ifindex, ScalarType.U32)), new Gen.ImmArg(0));
    }

    protected Value redirect(long ifindex) {
        return redirect(Value.of(ScalarType.U32, ifindex));
    }

    /**
     * {@code bpf_xdp_adjust_head(ctx, delta)}: moves the packet's start by {@code delta} bytes (negative
     * grows it). Returns 0 or a negative errno. Every view taken before dies.
     */
    protected Value adjustHead(int delta) {
        Gen g = gen();
        return helper(Helpers.XDP_ADJUST_HEAD, ScalarType.S64, new Gen.RegArg(g.ctx()), new Gen.ImmArg(delta));
    }

    /** {@code bpf_xdp_adjust_tail(ctx, delta)}: grows (positive) or shrinks the packet's end. Views die. */
    protected Value adjustTail(int delta) {
        Gen g = gen();
        return helper(Helpers.XDP_ADJUST_TAIL, ScalarType.S64, new Gen.RegArg(g.ctx()), new Gen.ImmArg(delta));
    }

    /** {@code bpf_xdp_adjust_meta(ctx, delta)}: moves the metadata start. Views die. */
    protected Value adjustMeta(int delta) {
        Gen g = gen();
        return helper(Helpers.XDP_ADJUST_META, ScalarType.S64, new Gen.RegArg(g.ctx()), new Gen.ImmArg(delta));
    }

    /**
     * {@code bpf_fib_lookup(ctx, params, 64, flags)} (GPL-only): routes with the kernel's tables. Returns
     * {@code BPF_FIB_LKUP_RET_*} (0 = success, see {@link FibLookup}).
     */
    protected Value fibLookup(Struct<FibLookup> params, int flags) {
        Gen g = gen();
        Gen.Arg off = params.prepare();
        return helper(Helpers.FIB_LOOKUP, ScalarType.S64, new Gen.RegArg(g.ctx()), off,
                new Gen.ImmArg(FibLookup.LAYOUT.size()), new Gen.ImmArg(flags));
    }

    /**
     * {@code bpf_trace_printk(fmt, ...)} (GPL-only): prints to the trace pipe. At most three arguments;
     * use {@code %d %u %x %llu ...} as in C.
     */
    protected void trace(String format, Value... args) {
        Gen g = gen();
        if (args.length > 3) {
            throw g.error("trace takes at most 3 arguments, not " + args.length);
        }
        byte[] fmt = (format + "\0").getBytes(StandardCharsets.UTF_8);
        g.code().frame().mark();
        int len = (fmt.length + 7) / 8 * 8;
        int off = g.allocate(len, 8);
        for (int i = 0; i < len; i += 4) {
            int w = 0;
            for (int b = 0; b < 4; b++) {
                int idx = i + b;
                w |= (idx < fmt.length ? fmt[idx] & 0xff : 0) << (8 * b);
            }
            g.code().storeImm(Size.W, Code.FP, off + i, w);
        }
        Gen.Arg[] all = new Gen.Arg[2 + args.length];
        all[0] = new Gen.StackArg(off);
        all[1] = new Gen.ImmArg(fmt.length);
        for (int i = 0; i < args.length; i++) {
            all[2 + i] = Gen.arg(g, args[i]);
        }
        g.call(Helpers.TRACE_PRINTK, null, all);
        g.code().frame().release();
    }

    /** {@code bpf_xdp_get_buff_len(ctx)}: the packet's length including fragments. */
    protected Value buffLen() {
        Gen g = gen();
        return helper(Helpers.XDP_GET_BUFF_LEN, ScalarType.U64, new Gen.RegArg(g.ctx()));
    }

    /**
     * {@code bpf_xdp_load_bytes(ctx, offset, buf, len)}: copies packet bytes (fragments too) into a stack
     * struct; returns 0 or a negative errno.
     */
    protected Value loadBytes(Value offset, Struct<?> into) {
        Gen g = gen();
        Gen.Arg off = into.prepare();
        return helper(Helpers.XDP_LOAD_BYTES, ScalarType.S64, new Gen.RegArg(g.ctx()),
                Gen.arg(g, Gen.convert(offset, ScalarType.U32)), off, new Gen.ImmArg(into.layout.size()));
    }

    /**
     * {@code bpf_xdp_store_bytes(ctx, offset, buf, len)}: writes a stack struct into the packet (views stay
     * valid: the packet does not move); returns 0 or a negative errno.
     */
    protected Value storeBytes(Value offset, Struct<?> from) {
        Gen g = gen();
        Gen.Arg off = from.prepare();
        return helper(Helpers.XDP_STORE_BYTES, ScalarType.S64, new Gen.RegArg(g.ctx()),
                Gen.arg(g, Gen.convert(offset, ScalarType.U32)), off, new Gen.ImmArg(from.layout.size()));
    }

    /** The helper-level view for checksums, see {@link Checksum}. */
    protected Checksum checksum() {
        return new Checksum(gen());
    }

    /** {@link XdpAction#PASS}, so bodies read without static imports. */
    protected static final XdpAction PASS = XdpAction.PASS;
    protected static final XdpAction DROP = XdpAction.DROP;
    protected static final XdpAction TX = XdpAction.TX;
    protected static final XdpAction ABORTED = XdpAction.ABORTED;
    protected static final XdpAction REDIRECT = XdpAction.REDIRECT;
}
