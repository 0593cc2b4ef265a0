package dev.bpfj.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.ExternSpec;
import dev.bpfj.emitter.Externs;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** kconfig values as libbpf computes them, without a kernel. */
class KconfigTest {
    static final BtfType BOOL = new BtfType.Int("_Bool", 1, BtfType.Int.BOOL, 8, 0);
    static final BtfType TRISTATE = new BtfType.Enum("libbpf_tristate", 4, false, List.of(
            new BtfType.Enumerator("TRI_NO", 0), new BtfType.Enumerator("TRI_YES", 1), new BtfType.Enumerator("TRI_MODULE", 2)));

    static final Kconfig CONFIG = new Kconfig(Kconfig.parse("""
            # comment
            CONFIG_HZ=250
            CONFIG_BPF=y
            CONFIG_NF_CONNTRACK=m
            # CONFIG_DEBUG_FOO is not set
            CONFIG_DEFAULT_HOSTNAME="(none)"
            CONFIG_BASE_SMALL=0x10
            CONFIG_NEG=-5
            """), 0x06122c);

    private static List<ExternSpec> layout(ExternSpec... externs) {
        return Externs.layout(List.of(externs));
    }

    private static ExternSpec of(String name, BtfType type, boolean weak) {
        return ExternSpec.kconfig(name, type, weak, 0);
    }

    private static ExternSpec at(List<ExternSpec> l, String name) {
        return l.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void fillsEveryKindOfValue() {
        List<ExternSpec> l = layout(of("CONFIG_HZ", BtfType.Int.S32, false), of("CONFIG_BPF", BOOL, false),
                of("CONFIG_NF_CONNTRACK", TRISTATE, false), of("CONFIG_DEFAULT_HOSTNAME",
                        new BtfType.Array(BtfType.Int.CHAR_TYPE, BtfType.Array.ARRAY_INDEX, 4), false),
                of("CONFIG_BASE_SMALL", BtfType.Int.U8, false), of("CONFIG_NEG", BtfType.Int.S64, false),
                of("LINUX_KERNEL_VERSION", BtfType.Int.U32, false), of("CONFIG_DEBUG_FOO", BOOL, true),
                of("LINUX_BPFJ_UNKNOWN", BtfType.Int.U32, true), of("CONFIG_BPF_CHAR", BtfType.Int.CHAR_TYPE, true));
        int size = Externs.kconfigMap(l).valueSize();
        ByteBuffer b = ByteBuffer.wrap(CONFIG.fill(l, size)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getInt(at(l, "CONFIG_HZ").offset())).isEqualTo(250);
        assertThat(b.get(at(l, "CONFIG_BPF").offset())).isEqualTo((byte) 1);
        assertThat(b.getInt(at(l, "CONFIG_NF_CONNTRACK").offset())).as("m is TRI_MODULE").isEqualTo(2);
        int host = at(l, "CONFIG_DEFAULT_HOSTNAME").offset();
        assertThat(new byte[] {b.get(host), b.get(host + 1), b.get(host + 2), b.get(host + 3)})
                .as("cut to 3 characters and a NUL").isEqualTo(new byte[] {'(', 'n', 'o', 0});
        assertThat(b.get(at(l, "CONFIG_BASE_SMALL").offset())).isEqualTo((byte) 16);
        assertThat(b.getLong(at(l, "CONFIG_NEG").offset())).isEqualTo(-5);
        assertThat(b.getInt(at(l, "LINUX_KERNEL_VERSION").offset())).isEqualTo(0x06122c);
        assertThat(b.get(at(l, "CONFIG_DEBUG_FOO").offset())).as("'is not set' leaves a weak value 0").isZero();
        assertThat(b.getInt(at(l, "LINUX_BPFJ_UNKNOWN").offset())).isZero();
    }

    @Test
    void refusesWhatLibbpfRefuses() {
        List<String> problems = new ArrayList<>();
        for (ExternSpec e : List.of(of("CONFIG_MISSING", BOOL, false), of("CONFIG_NF_CONNTRACK", BOOL, false),
                of("CONFIG_HZ", BtfType.Int.S8, false), of("CONFIG_BPF", BtfType.Int.S32, false),
                of("LINUX_FOO", BtfType.Int.U32, false), of("CONFIG_DEFAULT_HOSTNAME", BtfType.Int.S32, false))) {
            List<ExternSpec> l = layout(e);
            try {
                CONFIG.fill(l, Externs.kconfigMap(l).valueSize());
                problems.add("accepted " + e);
            } catch (KernelException x) {
                problems.add(x.getMessage().replace(" (EINVAL/22)", ""));
            }
        }
        assertThat(problems).containsExactly("extern 'CONFIG_MISSING' (strong): not resolved",
                "extern (kcfg) 'CONFIG_NF_CONNTRACK': value 'm' implies tristate or char type",
                "extern (kcfg) 'CONFIG_HZ': value '250' doesn't fit in 1 bytes",
                "extern (kcfg) 'CONFIG_BPF': value 'y' implies bool, tristate, or char type",
                "extern (kcfg) 'LINUX_FOO': unrecognized virtual extern",
                "extern (kcfg) 'CONFIG_DEFAULT_HOSTNAME': value '\"(none)\"' implies char array type");
        List<ExternSpec> noConfig = layout(of("CONFIG_HZ", BtfType.Int.S32, false));
        assertThatThrownBy(() -> new Kconfig(Map.of(), 1).fill(noConfig, 4)).isInstanceOf(KernelException.class)
                .hasMessageContaining("failed to open system Kconfig");
    }

    @Test
    void kernelVersionAsLibbpfReadsIt() {
        assertThat(Kconfig.kernelVersion("6.18.44-fc-v782", "#1 SMP", "")).isEqualTo(0x06122c);
        assertThat(Kconfig.kernelVersion("4.19.0-21-amd64", "#1 SMP Debian 4.19.260-1 (2022-09-29)", ""))
                .as("Debian: the version string, the patch level capped at 255").isEqualTo(0x0413ff);
        assertThat(Kconfig.kernelVersion("5.15.0-91-generic", "#101-Ubuntu SMP", "Ubuntu 5.15.0-91.101-generic 5.15.131"))
                .isEqualTo(0x050f83);
        assertThat(Kconfig.versionString(0x06122c)).isEqualTo("6.18.44");
    }
}
