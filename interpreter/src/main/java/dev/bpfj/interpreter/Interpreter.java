package dev.bpfj.interpreter;

import dev.bpfj.core.Helper;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.MapType;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs the programs of one object the way Linux would, without Linux: maps live in Java, packets
 * run through {@code BPF_PROG_TEST_RUN}'s XDP setup, helpers answer as the kernel's do.
 *
 * <pre>{@code
 * Interpreter vm = Interpreter.load(objectSpec);
 * RunResult r = vm.program("xdp_drop_udp").run(packet);
 * assert r.action() == XdpAction.DROP;
 * long drops = vm.map("drops").lookupLong(17);
 * }</pre>
 *
 * <p>One interpreter is one machine: its maps keep their contents across runs, as one loaded
 * object's maps do. It is not thread-safe; give each thread its own.
 */
public final class Interpreter {
    private final ObjectSpec spec;
    final Machine machine;
    final Memory mem;
    final Code code;
    final Vm vm;
    final XdpBuffer xdp;
    final SkbBuffer skb;
    private final Map<String, BpfMap> maps = new LinkedHashMap<>();
    private final Map<String, BpfProgram> programs = new LinkedHashMap<>();
    /** Runs after which programs are compiled; -1 never. */
    static final int DEFAULT_COMPILE_AFTER = 1000;
    private final int compileAfter;
    private long runs;
    private boolean compiled;

    /** Why a program runs in the decoding loop rather than as compiled code (null: it is compiled). */
    private final Map<String, String> notCompiled = new LinkedHashMap<>();

    /** Options that must be fixed before the maps are made. */
    public static final class Builder {
        private ObjectSpec spec;
        private int cpus = Environment.DEFAULT_CPUS;
        private long instructionLimit = 10_000_000L;
        private boolean strictStack = true;
        private int compileAfter = DEFAULT_COMPILE_AFTER;
        private final Map<String, Long> ksyms = new LinkedHashMap<>();

        private Builder(ObjectSpec spec) {
            this.spec = Objects.requireNonNull(spec, "spec");
        }

        /** Simulated CPUs: how many values per-CPU maps keep ({@value Environment#DEFAULT_CPUS} by default). */
        public Builder cpus(int n) {
            this.cpus = n;
            return this;
        }

        /**
         * Makes map {@code map} {@code entries} entries large whatever the object says, as a libbpf user
         * does with {@code bpf_map__set_max_entries} before loading: objects often leave
         * {@code max_entries} at 0 for user space to fill in (one slot per CPU or per interface).
         *
         * @throws IllegalArgumentException when the object has no such map
         */
        public Builder maxEntries(String map, int entries) {
            this.spec = spec.withMaxEntries(map, entries);
            return this;
        }

        /** Instructions one run may execute before it is stopped as endless (10 million by default). */
        public Builder instructionLimit(long n) {
            if (n <= 0) {
                throw new IllegalArgumentException("instruction limit must be positive");
            }
            this.instructionLimit = n;
            return this;
        }

        /**
         * Lets programs read stack bytes they never wrote, as Linux allows privileged programs to (they
         * read whatever is there). By default such a read stops the run, because it is almost always
         * a bug (padding in a map key, a struct not cleared) and unprivileged loading refuses it.
         */
        public Builder allowUninitializedStack() {
            this.strictStack = false;
            return this;
        }

        /**
         * Whether programs are translated to JVM bytecode once they have run {@value #DEFAULT_COMPILE_AFTER}
         * times (the default: far faster once warm) or every instruction always goes through the decoding
         * loop. Results are the same either way; traced runs and programs the translation does not take
         * always use the loop.
         */
        public Builder compile(boolean enabled) {
            this.compileAfter = enabled ? DEFAULT_COMPILE_AFTER : -1;
            return this;
        }

        /**
         * Translates the object's programs to JVM bytecode after this many runs (0: at once). A short test
         * is quicker without the translation (a few milliseconds); a long run is far quicker with it.
         */
        public Builder compileAfter(int runs) {
            if (runs < 0) {
                throw new IllegalArgumentException("runs must not be negative");
            }
            this.compileAfter = runs;
            return this;
        }

        /**
         * The address a typeless {@code __ksym} (a kernel symbol's address, e.g. a function's) loads; the
         * loader takes it from {@code /proc/kallsyms}. A weak ksym with no address given loads 0, as on a
         * kernel without the symbol.
         */
        public Builder ksym(String name, long address) {
            ksyms.put(Objects.requireNonNull(name, "name"), address);
            return this;
        }

        public Interpreter build() {
            return new Interpreter(this);
        }
    }

    public static Builder builder(ObjectSpec spec) {
        return new Builder(spec);
    }

    public static Interpreter load(ObjectSpec spec) {
        return builder(spec).build();
    }

    private final Map<String, Long> ksyms;

    private Interpreter(Builder b) {
        this.spec = b.spec;
        this.ksyms = Map.copyOf(b.ksyms);
        this.mem = new Memory(Vm.MAX_FRAMES * Vm.STACK_SIZE);
        mem.strictStack = b.strictStack;
        this.machine = new Machine(mem, new Environment(b.cpus));
        for (MapSpec m : spec.maps()) {
            machine.maps.put(m.name(), createMap(m));
        }
        this.code = Decoder.decode(spec.programs(), new Linker());
        this.vm = new Vm(code, mem, machine, HelperTable.create());
        vm.budget = b.instructionLimit;
        this.compileAfter = b.compileAfter;
        if (compileAfter == 0) {
            compileAll();
        }
        this.xdp = new XdpBuffer(mem);
        this.skb = new SkbBuffer(mem);
        for (MapStore m : machine.maps.values()) {
            if (m instanceof ProgArrayMap p) {
                p.attach(code);
            }
            maps.put(m.name(), new BpfMap(this, m));
        }
        for (Code.Program p : code.programs) {
            programs.put(p.name(), new BpfProgram(this, p));
        }
        // what a loader puts in before the first run: .values = { [i] = &prog_or_map }
        for (MapSpec m : spec.maps()) {
            m.initialSlots().forEach((slot, target) -> {
                if (m.type() == MapType.PROG_ARRAY) {
                    maps.get(m.name()).setProgram(slot, target);
                } else {
                    maps.get(m.name()).setInnerMap(slot, target);
                }
            });
        }
    }

    private MapStore createMap(MapSpec m) {
        return switch (m.type()) {
            case ARRAY, PERCPU_ARRAY -> new ArrayMap(m, machine);
            case HASH, PERCPU_HASH, LRU_HASH, LRU_PERCPU_HASH -> new HashMapStore(m, machine);
            case LPM_TRIE -> new LpmTrieMap(m, machine);
            case DEVMAP, DEVMAP_HASH, CPUMAP, XSKMAP -> new RedirectMap(m, machine);
            case PROG_ARRAY -> new ProgArrayMap(m, machine);
            case RINGBUF -> new RingBufMap(m, machine);
            case PERF_EVENT_ARRAY -> new PerfEventArrayMap(m, machine);
            case ARRAY_OF_MAPS, HASH_OF_MAPS -> new MapOfMaps(m, machine);
            default -> new UnsupportedMap(m, machine);
        };
    }

    /** Resolves what {@code lddw} instructions refer to, once, at load time. */
    private final class Linker implements Decoder.Linker {
        private final Map<Integer, Long> functions = new LinkedHashMap<>();

        private MapStore map(Instruction insn) {
            String name = insn.reference();
            if (name == null) {
                int index = insn.imm32();
                if (index < 0 || index >= spec.maps().size()) {
                    throw new Decoder.LinkError("ld_imm64 refers to map #" + index + " without a name, and the object"
                            + " has " + spec.maps().size() + " maps");
                }
                name = spec.maps().get(index).name();
            }
            MapStore m = machine.maps.get(name);
            if (m == null) {
                throw new Decoder.LinkError("ld_imm64 refers to map " + name + ", which the object does not define");
            }
            return m;
        }

        @Override
        public long mapHandle(Instruction insn) {
            return Memory.address(map(insn).handle, 0);
        }

        @Override
        public long mapValue(Instruction insn) {
            MapStore m = map(insn);
            int off = insn.nextImm();
            if (!(m instanceof ArrayMap a) || m.spec.type() != dev.bpfj.core.MapType.ARRAY
                    || m.spec.maxEntries() != 1) {
                throw new Decoder.LinkError("direct value access needs a one-element array map; " + m.name()
                        + " is " + m.spec);
            }
            if (off < 0 || off >= m.valueSize()) {
                throw new Decoder.LinkError("invalid access to map value pointer, value_size=" + m.valueSize()
                        + " off=" + off);
            }
            return a.address(0, 0) + off;
        }

        @Override
        public long function(int absoluteSlot, String name) {
            return functions.computeIfAbsent(absoluteSlot, slot -> {
                Region g = mem.allocate(null, 0, 0, Region.FUNC, true,
                        "callback " + (name == null ? "at slot " + slot : name), null);
                g.tag = slot;
                return Memory.address(g, 0);
            });
        }

        @Override
        public String helperProblem(Helper helper, ProgramSpec program) {
            return HelperTable.loadProblem(helper, program.type(), spec.isGplCompatible());
        }

        @Override
        public long kernelSymbol(Instruction insn) {
            return KernelSymbols.symbol(spec, insn, ksyms);
        }

        @Override
        public int kfunc(Instruction insn, ProgramSpec program) {
            return KernelSymbols.kfunc(spec, insn, program);
        }
    }

    /**
     * Whether a program runs as JVM bytecode; when it does not, {@link #whyInterpreted} says why
     * (it reads a register it may not have set, a function is too large, compilation is off).
     */
    public boolean isCompiled(String program) {
        return vm.isCompiled(this.program(program).code.start());
    }

    public String whyInterpreted(String program) {
        if (isCompiled(program)) {
            return null;
        }
        if (compileAfter < 0) {
            return "compilation is off";
        }
        return compiled ? notCompiled.get(program) : "not run " + compileAfter + " times yet";
    }

    public ObjectSpec spec() {
        return spec;
    }

    public Environment environment() {
        return machine.env;
    }

    public List<String> programNames() {
        return List.copyOf(programs.keySet());
    }

    public BpfProgram program(String name) {
        BpfProgram p = programs.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no program " + name + " in this object; it has " + programs.keySet());
        }
        return p;
    }

    /** The object's only program (or its first, when it has several). */
    public BpfProgram program() {
        if (programs.isEmpty()) {
            throw new IllegalStateException("the object has no programs");
        }
        return programs.values().iterator().next();
    }

    public BpfMap map(String name) {
        BpfMap m = maps.get(name);
        if (m == null) {
            throw new IllegalArgumentException("no map " + name + " in this object; it has " + maps.keySet());
        }
        return m;
    }

    /** The map a skeleton's reference names, typed by its codecs. */
    public <K, V> TypedMap<K, V> map(dev.bpfj.core.spec.MapRef<K, V> ref) {
        return map(ref.name()).as(ref);
    }

    public List<BpfMap> maps() {
        return List.copyOf(maps.values());
    }

    // ---- running ----------------------------------------------------------------------------

    /** A run's observer: coverage counts and the trace, when asked for. */
    static final class Recorder implements Vm.Observer {
        static final int TRACE_LIMIT = 100_000;
        final long[] hits;
        final List<TraceStep> trace;

        Recorder(int slots, boolean coverage, boolean trace) {
            this.hits = coverage ? new long[slots] : null;
            this.trace = trace ? new ArrayList<>() : null;
        }

        @Override
        public void before(Vm vm, int pc, int init) {
            if (hits != null) {
                hits[pc]++;
            }
            if (trace != null && trace.size() < TRACE_LIMIT) {
                Code.Program p = vm.code.programAt(pc);
                trace.add(new TraceStep(p.name(), pc - p.start(), vm.code.insn[pc], vm.code.sourceAt(pc), vm.r, init,
                        vm.registers(init)));
            }
        }

        Coverage coverage(Code.Program p) {
            if (hits == null) {
                return null;
            }
            long[] own = new long[p.slots()];
            System.arraycopy(hits, p.start(), own, 0, p.slots());
            return new Coverage(p.spec(), own);
        }
    }

    /** Sets up the XDP buffer as test_run does, after test_run's checks of the input. */
    void prepareXdp(Code.Program p, XdpInput in) {
        checkInput(p, in);
        int linear = in.linearLength() < 0 ? in.packet().length : Math.min(in.linearLength(), in.packet().length);
        xdp.load(in.metadata(), in.packet(), linear);
        xdp.ingressIfindex = in.ingressIfindex();
        xdp.rxQueueIndex = in.rxQueueIndex();
        xdp.egressIfindex = in.egressIfindex();
        xdp.egressReadable = p.spec().attachType() == dev.bpfj.core.AttachType.XDP_DEVMAP;
        machine.xdp = xdp;
        machine.skb = null;
        machine.redirect = null;
    }

    private static void checkInput(Code.Program p, XdpInput in) {
        int meta = in.metadata().length;
        if ((meta & 3) != 0 || meta > XdpBuffer.META_MAX || meta > XdpBuffer.HEADROOM - XdpBuffer.XDP_FRAME_SIZE) {
            throw new InvalidInputException(dev.bpfj.core.Errno.EINVAL, "metadata of " + meta
                    + " bytes: it must be a multiple of 4 and at most " + (XdpBuffer.HEADROOM - XdpBuffer.XDP_FRAME_SIZE));
        }
        if (in.packet().length < XdpBuffer.ETH_HLEN) {
            throw new InvalidInputException(dev.bpfj.core.Errno.EINVAL, "a packet of " + in.packet().length
                    + " bytes is shorter than an Ethernet header (14)");
        }
        if (in.egressIfindex() != 0 && p.spec().attachType() != dev.bpfj.core.AttachType.XDP_DEVMAP) {
            throw new InvalidInputException(dev.bpfj.core.Errno.EINVAL,
                    "egress_ifindex is set, but only programs attached to devmap entries (xdp/devmap) see one");
        }
        if (in.ingressIfindex() == 0 && in.rxQueueIndex() != 0) {
            throw new InvalidInputException(dev.bpfj.core.Errno.EINVAL, "rx_queue_index " + in.rxQueueIndex()
                    + " needs an ingress_ifindex");
        }
        if (in.linearLength() >= 0 && in.linearLength() < XdpBuffer.ETH_HLEN && in.linearLength() < in.packet().length) {
            throw new InvalidInputException(dev.bpfj.core.Errno.EINVAL, "the linear part must hold at least the"
                    + " Ethernet header");
        }
        int frags = (in.packet().length + meta - Math.min(in.packet().length + meta,
                XdpBuffer.PAGE_SIZE - (XdpBuffer.HEADROOM - meta) - XdpBuffer.TAILROOM) + XdpBuffer.PAGE_SIZE - 1)
                / XdpBuffer.PAGE_SIZE;
        if (frags > XdpBuffer.MAX_FRAGS) {
            throw new InvalidInputException(dev.bpfj.core.Errno.ENOMEM, "a packet of " + in.packet().length
                    + " bytes needs more than " + XdpBuffer.MAX_FRAGS + " fragments");
        }
    }

    /** Translates every program of the object (once): they are hot, or the builder asked for it. */
    private void compileAll() {
        compiled = true;
        for (Code.Program p : code.programs) {
            InitAnalysis analysis = new InitAnalysis(code, p, vm.voidHelper);
            String[] why = new String[1];
            CompiledCode c = JvmCompiler.compile(code, analysis, vm.helpers, why);
            if (c != null) {
                vm.attach(c, analysis);
            }
            notCompiled.put(p.name(), why[0]);
        }
    }

    /** One execution on the prepared buffer; returns R0. */
    long execute(Code.Program p, long ctx) {
        if (!compiled && compileAfter >= 0 && ++runs >= compileAfter) {
            compileAll();
        }
        try {
            long r0 = vm.run(p.start(), ctx);
            if (!machine.openReservations.isEmpty()) {
                RingBufMap.Reservation r = machine.openReservations.get(0);
                throw vm.error(BpfRuntimeException.Kind.UNRELEASED_REFERENCE, "Unreleased reference: the ring buffer"
                        + " record reserved here was neither submitted nor discarded before exit", r.allocSlot);
            }
            return r0;
        } finally {
            for (RingBufMap.Reservation r : machine.openReservations) {
                r.ring().commit(r, true);
            }
            machine.openReservations.clear();
            machine.endRun();
        }
    }

    RunResult runXdp(Code.Program p, XdpInput in) {
        prepareXdp(p, in);
        machine.events.clear();
        Recorder rec = in.trace() || in.coverage() ? new Recorder(code.length(), in.coverage(), in.trace()) : null;
        long r0 = repeat(p, Memory.address(xdp.ctx, 0), in.repeat(), rec);
        return new RunResult(p.name(), r0, dev.bpfj.core.XdpAction.of(r0), xdp.output(), xdp.metaLength(),
                machine.redirect, machine.events, vm.count, rec == null || rec.trace == null ? List.of() : rec.trace,
                rec == null ? null : rec.coverage(p));
    }

    /** Runs {@code times} times (at least once) on the prepared context, observed by {@code rec}; returns the last R0. */
    private long repeat(Code.Program p, long ctx, int times, Recorder rec) {
        vm.observer = rec;
        vm.observing = rec != null;
        long r0 = 0;
        try {
            for (int i = 0; i < Math.max(1, times); i++) {
                r0 = execute(p, ctx);
            }
        } finally {
            vm.observing = false;
            vm.observer = null;
        }
        return r0;
    }

    /**
     * Runs a tc program (or a socket filter) as {@code bpf_prog_test_run_skb} does: the skb built from the packet and
     * {@code ctx_in}'s fields, the program run {@code repeat} times on it, the data and fields after.
     */
    RunResult runSkb(Code.Program p, SkbInput in) {
        boolean l2 = p.spec().type() != dev.bpfj.core.ProgramType.SOCKET_FILTER;
        SkbBuffer.check(in, l2);
        skb.load(in, l2);
        machine.xdp = null;
        machine.skb = skb;
        machine.redirect = null;
        machine.events.clear();
        Recorder rec = in.trace() || in.coverage() ? new Recorder(code.length(), in.coverage(), in.trace()) : null;
        long r0;
        try {
            r0 = repeat(p, Memory.address(skb.ctx, 0), in.repeat(), rec);
        } finally {
            machine.skb = null;
        }
        return new RunResult(p.name(), r0, null, skb.output(), 0, machine.redirect, machine.events, vm.count,
                rec == null || rec.trace == null ? List.of() : rec.trace, rec == null ? null : rec.coverage(p),
                skb.fieldsOut());
    }

    /**
     * Runs a program whose context is plain memory (a {@code SYSCALL} program's arguments, a raw
     * tracepoint's u64 array): R1 points at a copy of {@code ctx}; the result's output is that
     * memory after the run.
     */
    RunResult runRaw(Code.Program p, byte[] ctx, boolean lengthInR2) {
        byte[] bytes = ctx.clone();
        Region g = mem.allocate(bytes, 0, bytes.length, Region.PLAIN, false, lengthInR2 ? "memory" : "ctx", null);
        machine.xdp = null;
        machine.skb = null;
        machine.redirect = null;
        machine.events.clear();
        vm.r2 = lengthInR2 ? bytes.length : -1;
        try {
            long r0 = execute(p, Memory.address(g, 0));
            return new RunResult(p.name(), r0, null, bytes, 0, null, machine.events, vm.count, List.of(), null);
        } finally {
            vm.r2 = -1;
            mem.release(g);
        }
    }

}
