package dev.bpfj.interpreter;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Pins the calling thread to one CPU with {@code sched_setaffinity(2)}, so that
 * {@code BPF_PROG_TEST_RUN} — which runs on the caller's CPU — touches the per-CPU values of a
 * known CPU, the one the interpreter simulates.
 */
final class CpuPin {
    private CpuPin() {}

    private static final int MASK_BYTES = 128;

    /** Pins to {@code cpu}; returns false when the call is unavailable or refused. */
    static boolean pin(int cpu) {
        return setAffinity(mask -> mask.set(ValueLayout.JAVA_BYTE, cpu / 8, (byte) (1 << (cpu % 8))));
    }

    /** Lets the thread run anywhere again. */
    static void unpin() {
        setAffinity(mask -> mask.fill((byte) 0xff));
    }

    private static boolean setAffinity(java.util.function.Consumer<MemorySegment> fill) {
        try (Arena arena = Arena.ofConfined()) {
            Linker linker = Linker.nativeLinker();
            MethodHandle set = linker.downcallHandle(linker.defaultLookup().find("sched_setaffinity").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG,
                            ValueLayout.ADDRESS));
            MemorySegment mask = arena.allocate(MASK_BYTES);
            fill.accept(mask);
            return (int) set.invokeExact(0, (long) MASK_BYTES, mask) == 0;
        } catch (Throwable e) {
            return false;
        }
    }
}
