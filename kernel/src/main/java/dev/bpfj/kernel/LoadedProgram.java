package dev.bpfj.kernel;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import dev.bpfj.core.spec.ProgramSpec;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Objects;

/** A program the kernel accepted, ready to run with {@code BPF_PROG_TEST_RUN}. */
public final class LoadedProgram implements AutoCloseable {
    private final ProgramSpec spec;
    private final int fd;
    private final KernelVerdict verdict;
    private boolean closed;

    LoadedProgram(ProgramSpec spec, int fd, KernelVerdict verdict) {
        this.spec = spec;
        this.fd = fd;
        this.verdict = verdict;
    }

    public ProgramSpec spec() {
        return spec;
    }

    public int fd() {
        return fd;
    }

    public KernelVerdict verdict() {
        return verdict;
    }

    /** Runs the program once on a packet with the default context (loopback, queue 0). */
    public TestRunResult run(byte[] packet) {
        return run(packet, null, 1);
    }

    /**
     * Runs the program {@code repeat} times on one buffer.
     *
     * @param ctxIn the input context ({@code struct xdp_md} bytes for XDP), or null for the default
     */
    public TestRunResult run(byte[] packet, byte[] ctxIn, int repeat) {
        Objects.requireNonNull(packet, "packet");
        try (Arena arena = Arena.ofConfined()) {
            Attr a = new Attr(arena, 80);
            int outSize = packet.length + 4096;
            MemorySegment out = a.buffer(outSize);
            int ctxOutSize = ctxIn == null ? 0 : ctxIn.length;
            MemorySegment ctxOut = ctxIn == null ? null : a.buffer(ctxOutSize);
            a.u32(0, fd).u32(8, packet.length).u32(12, outSize).ptr(16, a.bytes(packet)).ptr(24, out)
                    .u32(32, repeat);
            if (ctxIn != null) {
                a.u32(40, ctxIn.length).u32(44, ctxOutSize).ptr(48, a.bytes(ctxIn)).ptr(56, ctxOut);
            }
            BpfSyscall.Result r = BpfSyscall.call(BpfSyscall.PROG_TEST_RUN, a.segment);
            if (!r.ok()) {
                throw new KernelException("BPF_PROG_TEST_RUN of " + spec.name() + " failed", r.errno());
            }
            int retval = a.u32(4);
            int sizeOut = a.u32(12);
            long duration = Integer.toUnsignedLong(a.u32(36));
            byte[] data = new byte[Math.min(sizeOut, outSize)];
            MemorySegment.copy(out, JAVA_BYTE, 0, data, 0, data.length);
            byte[] ctx = ctxOut == null ? new byte[0] : Attr.toBytes(ctxOut, ctxOutSize);
            return new TestRunResult(retval, data, duration, ctx);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            BpfSyscall.close(fd);
        }
    }
}
