package dev.bpfj.kernel;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The {@code bpf(2)} system call through the Foreign Function and Memory API: libc's
 * {@code syscall(SYS_bpf, cmd, attr, size)} with errno captured. No native code of ours is involved.
 * Only x86-64 Linux is supported (the syscall number and attr layouts are that ABI's).
 */
final class BpfSyscall {
    private BpfSyscall() {}

    static final long SYS_BPF = 321;

    static final int MAP_CREATE = 0;
    static final int MAP_LOOKUP_ELEM = 1;
    static final int MAP_UPDATE_ELEM = 2;
    static final int MAP_DELETE_ELEM = 3;
    static final int MAP_GET_NEXT_KEY = 4;
    static final int PROG_LOAD = 5;
    static final int PROG_TEST_RUN = 10;
    static final int BTF_LOAD = 18;
    static final int MAP_FREEZE = 22;

    private static final Linker LINKER;
    private static final MethodHandle SYSCALL;
    private static final MethodHandle CLOSE;
    private static final StructLayout STATE;
    private static final VarHandle ERRNO;
    private static final String UNSUPPORTED;

    static {
        Linker linker = null;
        MethodHandle syscall = null;
        MethodHandle close = null;
        StructLayout state = null;
        VarHandle errno = null;
        String unsupported = null;
        String os = System.getProperty("os.name", "");
        String arch = System.getProperty("os.arch", "");
        if (!os.equals("Linux")) {
            unsupported = "bpf() exists only on Linux (this is " + os + ")";
        } else if (!arch.equals("amd64") && !arch.equals("x86_64")) {
            unsupported = "bpfj's kernel loader supports x86-64 only (this is " + arch + ")";
        } else {
            try {
                linker = Linker.nativeLinker();
                var libc = linker.defaultLookup();
                state = Linker.Option.captureStateLayout();
                errno = state.varHandle(MemoryLayout.PathElement.groupElement("errno"));
                syscall = linker.downcallHandle(libc.find("syscall").orElseThrow(),
                        FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG),
                        Linker.Option.firstVariadicArg(1), Linker.Option.captureCallState("errno"));
                close = linker.downcallHandle(libc.find("close").orElseThrow(), FunctionDescriptor.of(JAVA_INT, JAVA_INT));
            } catch (Throwable e) {
                unsupported = "cannot bind libc's syscall() through the FFM API: " + e;
            }
        }
        LINKER = linker;
        SYSCALL = syscall;
        CLOSE = close;
        STATE = state;
        ERRNO = errno;
        UNSUPPORTED = unsupported;
    }

    /** Why the syscall cannot be made on this platform, or null. */
    static String unsupportedReason() {
        return UNSUPPORTED;
    }

    /** Result of one call: the return value, or -1 with errno. */
    record Result(long value, int errno) {
        boolean ok() {
            return value >= 0;
        }
    }

    static Result call(int cmd, MemorySegment attr) {
        if (UNSUPPORTED != null) {
            throw new KernelException(UNSUPPORTED, 0);
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            long r = (long) SYSCALL.invokeExact(state, SYS_BPF, (long) cmd, attr.address(), attr.byteSize());
            int err = r < 0 ? (int) ERRNO.get(state, 0L) : 0;
            return new Result(r, err);
        } catch (Throwable e) {
            throw new KernelException("bpf() call failed in the FFM layer: " + e, 0);
        }
    }

    static void close(int fd) {
        if (fd < 0 || CLOSE == null) {
            return;
        }
        try {
            int ignored = (int) CLOSE.invokeExact(fd);
        } catch (Throwable e) {
            // closing a descriptor we own cannot meaningfully fail; nothing to recover
        }
    }

    static Linker linker() {
        return LINKER;
    }
}
