package dev.bpfj.interpreter;

import static dev.bpfj.core.Opcodes.PSEUDO_BTF_ID;

import dev.bpfj.core.Instruction;
import dev.bpfj.core.Kfunc;
import dev.bpfj.core.Kfuncs;
import dev.bpfj.core.spec.ExternSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import java.util.Map;

/**
 * Externs as the interpreter links them, the way libbpf and the kernel would: kfunc calls to the
 * implementations of {@link KfuncTable}, kfunc addresses (non-zero where Linux 6.18 has the kfunc),
 * typeless ksyms to the addresses the test gives, and the load-time refusals of
 * {@code add_kfunc_call}. What cannot be linked fails the run where the instruction is reached.
 */
final class KernelSymbols {
    private KernelSymbols() {}

    /** Where kfuncs "are": any non-zero value would do, programs only compare it with 0. */
    static final long KFUNC_ADDRESS = 0xffff_ffff_8100_0000L;

    static long symbol(ObjectSpec spec, Instruction insn, Map<String, Long> ksyms) {
        String name = insn.reference();
        ExternSpec e = spec.extern(name).orElse(null);
        boolean weak = e != null && e.weak();
        if (insn.src() == PSEUDO_BTF_ID) {
            if (e != null && e.kind() == ExternSpec.Kind.KSYM) {
                throw new Decoder.LinkError("ld_imm64 of kernel variable " + name
                        + ": the interpreter has no kernel variables (typed __ksym)");
            }
            if (Kfuncs.exists(name)) {
                return KFUNC_ADDRESS;
            }
            if (weak) {
                return 0; // libbpf leaves a missing weak kfunc's address 0
            }
            throw new Decoder.LinkError("extern (func ksym) '" + name + "': not found in kernel or module BTFs");
        }
        Long address = ksyms.get(name);
        if (address != null) {
            return address;
        }
        if (weak) {
            return 0;
        }
        throw new Decoder.LinkError("kernel symbol " + name + " has no address in the interpreter; give it one with"
                + " Interpreter.builder(spec).ksym(\"" + name + "\", address)");
    }

    static int kfunc(ObjectSpec spec, Instruction insn, ProgramSpec program) {
        String name = insn.reference();
        if (name == null) {
            throw new Decoder.LinkError("kfunc call by BTF id " + insn.imm32() + ": the interpreter knows kfuncs by name"
                    + " only (call kfunc[name])");
        }
        if (!spec.isGplCompatible()) {
            throw new Decoder.LinkError("cannot call kernel function from non-GPL compatible program");
        }
        if (!Kfuncs.exists(name)) {
            ExternSpec e = spec.extern(name).orElse(null);
            if (e != null && e.weak()) {
                throw new Decoder.LinkError("invalid func unknown#" + (ExternSpec.POISON_CALL_KFUNC_BASE
                        + Math.max(0, ExternSpec.libbpfIndex(spec.externs(), name)))
                        + " (weak kfunc " + name + ", which Linux 6.18 does not have)");
            }
            throw new Decoder.LinkError("extern (func ksym) '" + name + "': not found in kernel or module BTFs");
        }
        Kfunc k = Kfuncs.byName(name).orElse(null);
        if (k != null && k.devBound() && (program.progFlags() & (1 << 6)) == 0) {
            throw new Decoder.LinkError("metadata kfuncs require device-bound program");
        }
        if (k != null && !k.availableTo(program.type())) {
            throw new Decoder.LinkError("calling kernel function " + name + " is not allowed");
        }
        int slot = KfuncTable.slotOf(name);
        if (slot < 0) {
            throw new Decoder.LinkError("kfunc " + name + " is not implemented by the interpreter");
        }
        return slot;
    }
}
