package dev.bpfj.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.samples.*;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Code size of every sample against its C twin compiled by clang-19 -O2 (counts recorded by
 * {@code src/test/resources/clang/build.sh} in {@code counts.txt}). bpfj must not be larger.
 */
class SampleSizesTest {
    static final List<Supplier<XdpProgram>> SAMPLES = List.of(PassAll::new, DropUdpPort::new, ProtocolCounters::new,
            Parser::new, PortRewrite::new, VlanPop::new, VlanPush::new, EchoReply::new, DevmapRedirect::new,
            Router::new, XskRedirect::new, PrefixBlocklist::new, RateLimiter::new, TailTimestamp::new);

    static Map<String, Integer> clangCounts() throws IOException {
        Map<String, Integer> m = new LinkedHashMap<>();
        try (InputStream in = SampleSizesTest.class.getResourceAsStream("/clang/counts.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length == 2) {
                    m.put(f[0], Integer.parseInt(f[1]));
                }
            }
        }
        return m;
    }

    @Test
    void everySampleIsAtMostAsLargeAsClangs() throws IOException {
        Map<String, Integer> clang = clangCounts();
        StringBuilder table = new StringBuilder(String.format("%-20s %6s %6s%n", "sample", "bpfj", "clang"));
        int worse = 0;
        for (Supplier<XdpProgram> s : SAMPLES) {
            ObjectSpec o = s.get().build();
            var p = o.programs().get(0);
            Integer c = clang.get(p.name());
            if (java.util.Objects.toString(System.getenv("BPFJ_LISTING"), "").contains(p.name())) {
                System.out.println(p);
            }
            table.append(String.format("%-20s %6d %6s%n", p.name(), p.slotCount(), c));
            if (c != null && p.slotCount() > c) {
                worse++;
            }
        }
        System.out.println(table);
        assertThat(worse).as(table.toString()).isZero();
    }
}
