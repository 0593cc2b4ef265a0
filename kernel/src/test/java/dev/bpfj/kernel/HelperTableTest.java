package dev.bpfj.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bpfj.core.AsmParser;
import dev.bpfj.core.Helper;
import dev.bpfj.core.Helpers;
import dev.bpfj.core.ProgramType;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Core's helper table says which helpers XDP, socket filter and tc programs may call; the running
 * kernel decides. Each helper is called from a tiny program of each type loaded as root: the kernel
 * answers "cannot use helper" exactly for the helpers the table does not offer to the type (any
 * other answer — an argument error, success — means the helper is offered).
 */
class HelperTableTest {

    @ParameterizedTest
    @CsvSource({"xdp, XDP", "socket, SOCKET_FILTER", "tc, SCHED_CLS", "action, SCHED_ACT"})
    void helperAvailabilityMatchesTheKernel(String section, ProgramType type) {
        String reason = Kernel.unavailableReason();
        assumeTrue(reason == null, reason);
        List<String> mismatches = new ArrayList<>();
        for (Helper h : Helpers.all()) {
            ProgramSpec p = ProgramSpec.of("probe", section, AsmParser.parse("""
                    r1 = 0
                    r2 = 0
                    r3 = 0
                    r4 = 0
                    r5 = 0
                    call %d
                    r0 = 0
                    exit
                    """.formatted(h.id())));
            assertThat(p.type()).isEqualTo(type);
            try (LoadedObject o = LoadedObject.load(new ObjectSpec(List.of(p), List.of(), "GPL"),
                    LoadOptions.DEFAULT.withoutBtf())) {
                KernelVerdict v = o.result("probe").verdict();
                boolean refusedHelper = v.message().startsWith("program of this type cannot use helper")
                        || v.message().startsWith("invalid func") || v.message().startsWith("unknown func");
                boolean table = h.availableTo(type);
                if (table == refusedHelper) {
                    mismatches.add(h + ": table says " + (table ? "offered" : "not offered") + ", kernel says "
                            + (v.accepted() ? "accepted" : v.message()));
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
