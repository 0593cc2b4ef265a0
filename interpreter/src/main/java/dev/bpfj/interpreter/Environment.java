package dev.bpfj.interpreter;

import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * What a program can observe of the world besides its input: which CPU it runs on, the time, random
 * numbers, the routing table {@code bpf_fib_lookup} consults, the connection tracking table of the
 * conntrack kfuncs and the RX metadata a device would report. Deterministic by default — the
 * clock stands still at one second, random numbers come from a fixed seed, the program runs on
 * CPU 0 of {@value #DEFAULT_CPUS} — and every part can be set by a test.
 */
public final class Environment {
    public static final int DEFAULT_CPUS = 4;
    public static final long DEFAULT_TIME_NS = 1_000_000_000L;

    private final int cpus;
    private int cpu;
    private long timeNs = DEFAULT_TIME_NS;
    private long timeStepNs;
    private LongSupplier clock;
    private long seed;
    private long randomState;
    private IntSupplier random;
    private FibTable fib = new FibTable();
    private ConntrackTable conntrack = new ConntrackTable();
    private RxMetadata rxMetadata = RxMetadata.UNSUPPORTED;

    Environment(int cpus) {
        if (cpus < 1 || cpus > 1024) {
            throw new IllegalArgumentException("cpus must be 1..1024, got " + cpus);
        }
        this.cpus = cpus;
        seed(0);
    }

    /** Number of simulated CPUs: the number of values per-CPU maps keep. */
    public int cpus() {
        return cpus;
    }

    /** The CPU the next run happens on; {@code bpf_get_smp_processor_id} returns it. */
    public int cpu() {
        return cpu;
    }

    public Environment cpu(int cpu) {
        if (cpu < 0 || cpu >= cpus) {
            throw new IllegalArgumentException("cpu " + cpu + " does not exist; the interpreter simulates " + cpus
                    + " CPUs (Interpreter.Builder.cpus)");
        }
        this.cpu = cpu;
        return this;
    }

    /** Sets the time {@code bpf_ktime_get_ns} returns next. */
    public Environment time(long ns) {
        this.timeNs = ns;
        this.clock = null;
        return this;
    }

    /** Makes the clock advance by this much after each read (0 by default: a frozen clock). */
    public Environment timeStep(long ns) {
        this.timeStepNs = ns;
        return this;
    }

    /** Lets a supplier answer every clock read instead. */
    public Environment clock(LongSupplier clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** Restarts the pseudo-random sequence of {@code bpf_get_prandom_u32} from a seed. */
    public Environment seed(long seed) {
        this.seed = seed;
        this.randomState = seed ^ 0x9e3779b97f4a7c15L;
        this.random = null;
        return this;
    }

    /** Lets a supplier answer every {@code bpf_get_prandom_u32} instead. */
    public Environment random(IntSupplier random) {
        this.random = Objects.requireNonNull(random, "random");
        return this;
    }

    public long seed() {
        return seed;
    }

    /** The routing table {@code bpf_fib_lookup} answers from. */
    public FibTable fib() {
        return fib;
    }

    public Environment fib(FibTable table) {
        this.fib = Objects.requireNonNull(table, "table");
        return this;
    }

    /** The connection tracking table the conntrack kfuncs look up and insert into. */
    public ConntrackTable conntrack() {
        return conntrack;
    }

    public Environment conntrack(ConntrackTable table) {
        this.conntrack = Objects.requireNonNull(table, "table");
        return this;
    }

    /** What the device tells the XDP RX metadata kfuncs about the next frames ({@link RxMetadata#UNSUPPORTED} by default). */
    public RxMetadata rxMetadata() {
        return rxMetadata;
    }

    public Environment rxMetadata(RxMetadata metadata) {
        this.rxMetadata = Objects.requireNonNull(metadata, "metadata");
        return this;
    }

    long readClock() {
        if (clock != null) {
            return clock.getAsLong();
        }
        long now = timeNs;
        timeNs += timeStepNs;
        return now;
    }

    int nextRandom() {
        if (random != null) {
            return random.getAsInt();
        }
        // SplitMix64: good enough statistics, reproducible from the seed.
        long z = (randomState += 0x9e3779b97f4a7c15L);
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return (int) (z ^ (z >>> 31));
    }
}
