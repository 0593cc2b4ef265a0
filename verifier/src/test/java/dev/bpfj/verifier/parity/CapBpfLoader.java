package dev.bpfj.verifier.parity;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.verifier.Verifier;

/**
 * Loads every corpus program of a type bpfj models (XDP, socket filter, tc) and prints {@code name<TAB>verdict} lines. {@link CapBpfParityTest}
 * runs it under {@code capsh} without CAP_PERFMON and CAP_SYS_ADMIN to get the kernel's verdicts for
 * a CAP_BPF + CAP_NET_ADMIN loader.
 */
public final class CapBpfLoader {
    private CapBpfLoader() {}

    public static void main(String[] args) {
        if (!KernelLoader.available()) {
            System.out.println("#unavailable");
            return;
        }
        // the parent made the veth device-bound programs are loaded for
        KernelLoader.devBoundIfindex = Integer.getInteger("bpfj.devbound.ifindex", 0);
        for (Corpus.Case c : Corpus.all()) {
            ObjectSpec obj = Corpus.object(c);
            if (!Verifier.isModelled(obj.programs().get(0).type())) {
                continue;
            }
            KernelLoader.Result r = KernelLoader.load(obj, obj.programs().get(0));
            System.out.println(c.name() + "\t" + (r.accepted() ? "accept" : r.lastLine()));
        }
    }
}
