package dev.bpfj.interpreter;

import dev.bpfj.core.AsmParser;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import java.util.List;

/** Small programs written in assembly, for the interpreter's own tests. */
final class Programs {
    private Programs() {}

    /** A 64-byte frame: Ethernet to 02:..:01 from 02:..:02, IPv4 ethertype, then a counting pattern. */
    static byte[] packet(int length) {
        byte[] p = new byte[length];
        for (int i = 0; i < length; i++) {
            p[i] = (byte) i;
        }
        byte[] head = {2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2, 8, 0};
        System.arraycopy(head, 0, p, 0, Math.min(head.length, length));
        return p;
    }

    static final byte[] PACKET = packet(64);

    static ProgramSpec program(String name, String section, String asm) {
        return ProgramSpec.of(name, section, AsmParser.parse(asm, name + ".s").instructions());
    }

    static ObjectSpec object(String asm, MapSpec... maps) {
        return new ObjectSpec(List.of(program("test", "xdp", asm)), List.of(maps), "GPL");
    }

    static Interpreter load(String asm, MapSpec... maps) {
        return Interpreter.load(object(asm, maps));
    }

    static RunResult run(String asm, MapSpec... maps) {
        return load(asm, maps).program().run(PACKET);
    }

    static long r0(String asm, MapSpec... maps) {
        return run(asm, maps).r0();
    }
}
