package dev.bpfj.kernel;

import dev.bpfj.core.spec.ExternSpec;
import dev.bpfj.emitter.Externs;
import dev.bpfj.emitter.Externs.KconfigType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The values libbpf gives an object's {@code __kconfig} externs: {@code CONFIG_*} from the kernel's
 * build configuration ({@code /boot/config-RELEASE}, else {@code /proc/config.gz}), and the virtual
 * {@code LINUX_KERNEL_VERSION}, {@code LINUX_HAS_BPF_COOKIE} and {@code LINUX_HAS_SYSCALL_WRAPPER}.
 *
 * @param config {@code CONFIG_*} name to the text after {@code =}
 * @param kernelVersion {@code KERNEL_VERSION(major, minor, patch)} with the patch capped at 255
 */
public record Kconfig(Map<String, String> config, long kernelVersion) {

    public Kconfig {
        config = Map.copyOf(config);
    }

    private static volatile Kconfig system;

    /** The running kernel's configuration and version, read once. */
    public static Kconfig system() {
        Kconfig k = system;
        if (k == null) {
            String release = read(Path.of("/proc/sys/kernel/osrelease")).strip();
            String text = readConfig(Path.of("/boot/config-" + release));
            if (text == null) {
                text = readConfig(Path.of("/proc/config.gz"));
            }
            k = new Kconfig(text == null ? Map.of() : parse(text), kernelVersion(release,
                    read(Path.of("/proc/sys/kernel/version")), read(Path.of("/proc/version_signature"))));
            system = k;
        }
        return k;
    }

    /** Whether a configuration file could be read (libbpf fails "failed to open system Kconfig" otherwise). */
    public boolean hasConfig() {
        return !config.isEmpty();
    }

    /** {@code CONFIG_X=value} lines; comments and "is not set" lines give nothing, as in libbpf. */
    public static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("CONFIG_")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0 || eq == line.length() - 1) {
                continue;
            }
            out.putIfAbsent(line.substring(0, eq), line.substring(eq + 1).strip());
        }
        return out;
    }

    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)\\.(\\d+)");
    private static final Pattern UBUNTU = Pattern.compile("^\\S+ \\S+ (\\d+)\\.(\\d+)\\.(\\d+)");
    private static final Pattern DEBIAN = Pattern.compile("Debian (\\d+)\\.(\\d+)\\.(\\d+)");

    /** libbpf's {@code get_kernel_version}: Ubuntu's signature, Debian's version string, else the release. */
    static long kernelVersion(String release, String version, String ubuntuSignature) {
        for (Matcher m : List.of(UBUNTU.matcher(ubuntuSignature), DEBIAN.matcher(version), VERSION.matcher(release))) {
            if (m.find()) {
                long patch = Math.min(255, Long.parseLong(m.group(3)));
                return (Long.parseLong(m.group(1)) << 16) + (Long.parseLong(m.group(2)) << 8) + patch;
            }
        }
        return 0;
    }

    /**
     * The contents of the {@code .kconfig} map for these externs, as {@code bpf_object__resolve_externs}
     * fills it: each value at its extern's offset, unresolved weak ones zero.
     *
     * @throws KernelException for a strong extern without a value or a value that does not fit its type,
     *     with libbpf's wording
     */
    public byte[] fill(List<ExternSpec> externs, int size) {
        byte[] data = new byte[size];
        List<String> problems = new ArrayList<>();
        for (ExternSpec e : externs) {
            if (e.kind() != ExternSpec.Kind.KCONFIG) {
                continue;
            }
            String problem = set(e, data);
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new KernelException(String.join("; ", problems), 22);
        }
        return data;
    }

    /** Sets one value; returns libbpf's complaint, or null. */
    private String set(ExternSpec e, byte[] data) {
        String name = e.name();
        KconfigType type = Externs.kconfigType(e.type());
        int size = e.type().size();
        if (name.startsWith("CONFIG_")) {
            String value = config.get(name);
            if (value == null) {
                if (e.weak()) {
                    return null;
                }
                return config.isEmpty() ? "failed to open system Kconfig (for extern '" + name + "')"
                        : "extern '" + name + "' (strong): not resolved";
            }
            return switch (value.charAt(0)) {
                case 'y', 'n', 'm' -> tristate(e, type, value.charAt(0), data);
                case '"' -> string(e, type, value, data);
                default -> {
                    Long n = parseU64(value);
                    if (n == null) {
                        yield "extern (kcfg) '" + name + "': value '" + value + "' isn't a valid integer";
                    }
                    if (type != KconfigType.INT && type != KconfigType.CHAR) {
                        yield "extern (kcfg) '" + name + "': value '" + value + "' implies integer type";
                    }
                    yield number(e, type, n, data);
                }
            };
        }
        long value;
        switch (name) {
            case "LINUX_KERNEL_VERSION" -> {
                if (kernelVersion == 0) {
                    return "extern (kcfg) '" + name + "': failed to get kernel version";
                }
                value = kernelVersion;
            }
            // both exist since 5.15 and 6.1; bpfj loads only on kernels that have them
            case "LINUX_HAS_BPF_COOKIE", "LINUX_HAS_SYSCALL_WRAPPER" -> value = 1;
            default -> {
                if (!name.startsWith("LINUX_") || !e.weak()) {
                    return "extern (kcfg) '" + name + "': unrecognized virtual extern";
                }
                return null;
            }
        }
        return number(e, type, value, data);
    }

    private static String tristate(ExternSpec e, KconfigType type, char value, byte[] data) {
        int off = e.offset();
        switch (type) {
            case BOOL -> {
                if (value == 'm') {
                    return "extern (kcfg) '" + e.name() + "': value 'm' implies tristate or char type";
                }
                data[off] = (byte) (value == 'y' ? 1 : 0);
            }
            case TRISTATE -> put(data, off, e.type().size(), value == 'y' ? 1 : value == 'm' ? 2 : 0);
            case CHAR -> data[off] = (byte) value;
            default -> {
                return "extern (kcfg) '" + e.name() + "': value '" + value + "' implies bool, tristate, or char type";
            }
        }
        return null;
    }

    private static String string(ExternSpec e, KconfigType type, String value, byte[] data) {
        if (type != KconfigType.CHAR_ARRAY) {
            return "extern (kcfg) '" + e.name() + "': value '" + value + "' implies char array type";
        }
        if (value.length() < 2 || !value.endsWith("\"")) {
            return "extern (kcfg) '" + e.name() + "': invalid string config '" + value + "'";
        }
        byte[] s = value.substring(1, value.length() - 1).getBytes(StandardCharsets.UTF_8);
        int n = Math.min(s.length, e.type().size() - 1);
        System.arraycopy(s, 0, data, e.offset(), n);
        data[e.offset() + n] = 0;
        return null;
    }

    private static String number(ExternSpec e, KconfigType type, long value, byte[] data) {
        if (type != KconfigType.INT && type != KconfigType.CHAR && type != KconfigType.BOOL) {
            return "extern (kcfg) '" + e.name() + "': value '" + Long.toUnsignedString(value)
                    + "' implies integer, char, or boolean type";
        }
        if (type == KconfigType.BOOL && Long.compareUnsigned(value, 1) > 0) {
            return "extern (kcfg) '" + e.name() + "': value '" + Long.toUnsignedString(value)
                    + "' isn't boolean compatible";
        }
        int size = e.type().size();
        if (!inRange(value, size, Externs.isSigned(e.type()))) {
            return "extern (kcfg) '" + e.name() + "': value '" + Long.toUnsignedString(value) + "' doesn't fit in "
                    + size + " bytes";
        }
        put(data, e.offset(), size, value);
        return null;
    }

    private static boolean inRange(long v, int size, boolean signed) {
        if (size == 8) {
            return true;
        }
        int bits = size * 8;
        return signed ? Long.compareUnsigned(v + (1L << (bits - 1)), 1L << bits) < 0 : (v >>> bits) == 0;
    }

    private static void put(byte[] data, int off, int size, long value) {
        for (int i = 0; i < size; i++) {
            data[off + i] = (byte) (value >>> (8 * i)); // little-endian, the host's order
        }
    }

    /** {@code strtoull(value, &end, 0)} that must consume everything. */
    private static Long parseU64(String v) {
        try {
            if (v.startsWith("0x") || v.startsWith("0X")) {
                return Long.parseUnsignedLong(v.substring(2), 16);
            }
            if (v.length() > 1 && v.startsWith("0")) {
                return Long.parseUnsignedLong(v.substring(1), 8);
            }
            if (v.startsWith("-")) {
                return -Long.parseUnsignedLong(v.substring(1));
            }
            return Long.parseUnsignedLong(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String readConfig(Path p) {
        if (!Files.isReadable(p)) {
            return null;
        }
        try (InputStream raw = Files.newInputStream(p)) {
            byte[] head = raw.readNBytes(2);
            InputStream in = raw;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
                in = new GZIPInputStream(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), raw));
            } else {
                out.write(head);
            }
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** A {@code KERNEL_VERSION} value as {@code 6.18.44}. */
    public static String versionString(long v) {
        return (v >> 16) + "." + ((v >> 8) & 0xff) + "." + (v & 0xff);
    }
}
