package dev.bpfj.kernel;

import dev.bpfj.emitter.btf.ObjectBtf;

/** An object's BTF loaded into the kernel, and the description it came from. */
public record LoadedBtf(ObjectBtf btf, int fd) implements AutoCloseable {
    @Override
    public void close() {
        BpfSyscall.close(fd);
    }
}
