package dev.bpfj.kernel;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import dev.bpfj.core.Instruction;
import dev.bpfj.core.InstructionCodec;
import dev.bpfj.core.MapType;
import dev.bpfj.core.Opcodes;
import dev.bpfj.core.spec.MapDefinitionKind;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.btf.ObjectBtf;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Linux as an oracle: creates maps, loads programs through the real verifier and runs them with
 * {@code BPF_PROG_TEST_RUN}, all through {@code bpf(2)}. Tests use it to compare bpfj's verifier
 * and interpreter with the kernel; it needs root (CAP_BPF + CAP_NET_ADMIN) on x86-64 Linux.
 */
public final class Kernel {
    private Kernel() {}

    private static volatile String unavailable;
    private static volatile boolean probed;

    /** Whether bpf() can be used here: Linux x86-64, and the caller may create maps and load XDP programs. */
    public static boolean isAvailable() {
        return unavailableReason() == null;
    }

    /** Why bpf() cannot be used here, or null when it can. Probed once. */
    public static String unavailableReason() {
        if (!probed) {
            synchronized (Kernel.class) {
                if (!probed) {
                    unavailable = probe();
                    probed = true;
                }
            }
        }
        return unavailable;
    }

    private static String probe() {
        String reason = BpfSyscall.unsupportedReason();
        if (reason != null) {
            return reason;
        }
        try (Arena arena = Arena.ofConfined()) {
            Attr a = new Attr(arena, 72);
            a.u32(0, MapType.ARRAY.value()).u32(4, 4).u32(8, 4).u32(12, 1);
            BpfSyscall.Result r = BpfSyscall.call(BpfSyscall.MAP_CREATE, a.segment);
            if (!r.ok()) {
                return "bpf(BPF_MAP_CREATE) is refused here (" + Errnos.name(r.errno())
                        + "): kernel-backed checks need root (CAP_BPF and CAP_NET_ADMIN)";
            }
            BpfSyscall.close((int) r.value());
            return null;
        } catch (RuntimeException e) {
            return "bpf() is unusable here: " + e.getMessage();
        }
    }

    private static int cpus = -1;

    /** Number of possible CPUs ({@code /sys/devices/system/cpu/possible}), the stride of per-CPU values. */
    public static synchronized int possibleCpus() {
        if (cpus < 0) {
            try {
                String s = Files.readString(Path.of("/sys/devices/system/cpu/possible")).strip();
                int n = 0;
                for (String part : s.split(",")) {
                    String[] range = part.split("-");
                    n += range.length == 1 ? 1 : Integer.parseInt(range[1]) - Integer.parseInt(range[0]) + 1;
                }
                cpus = n;
            } catch (IOException | RuntimeException e) {
                cpus = Runtime.getRuntime().availableProcessors();
            }
        }
        return cpus;
    }

    /** Creates a map; data-section maps get their initial contents (and {@code .rodata} is frozen). */
    public static KernelMap createMap(MapSpec spec) {
        return createMap(spec, null);
    }

    /**
     * Creates a map with its BTF key and value types when {@code btf} describes them; if the kernel
     * refuses the types, retries without them, as libbpf does.
     */
    public static KernelMap createMap(MapSpec spec, LoadedBtf btf) {
        if (btf != null) {
            int keyId = btf.btf().keyTypeId(spec);
            int valueId = btf.btf().valueTypeId(spec);
            if (keyId != 0 || valueId != 0) {
                try {
                    return createMap(spec, btf.fd(), keyId, valueId);
                } catch (KernelException e) {
                    // fall through: BTF is optional for map creation
                }
            }
        }
        return createMap(spec, 0, 0, 0);
    }

    private static KernelMap createMap(MapSpec spec, int btfFd, int keyTypeId, int valueTypeId) {
        KernelMap inner = spec.innerMap() == null ? null : createMap(spec.innerMap());
        try (Arena arena = Arena.ofConfined()) {
            Attr a = new Attr(arena, 72);
            int maxEntries = spec.maxEntries();
            if (spec.type() == MapType.PERF_EVENT_ARRAY && maxEntries == 0) {
                maxEntries = possibleCpus(); // as libbpf does
            }
            a.u32(0, spec.type().value()).u32(4, spec.keySize()).u32(8, spec.valueSize()).u32(12, maxEntries)
                    .u32(16, spec.flags()).u32(20, inner == null ? 0 : inner.fd()).u32(24, spec.numaNode())
                    .name(28, kernelName(spec.name())).u32(48, btfFd).u32(52, keyTypeId).u32(56, valueTypeId)
                    .u64(64, spec.mapExtra());
            BpfSyscall.Result r = BpfSyscall.call(BpfSyscall.MAP_CREATE, a.segment);
            if (!r.ok()) {
                String hint = maxEntries == 0 && spec.type() != MapType.RINGBUF
                        ? ": max_entries is 0, left for the loader to set; give it a size with"
                        + " LoadOptions.withMaxEntries(\"" + spec.name() + "\", n)" : "";
                throw new KernelException("creating map " + spec.name() + " (" + spec + ") failed" + hint, r.errno());
            }
            KernelMap map = new KernelMap(spec, (int) r.value());
            if (spec.definition() == MapDefinitionKind.DATA_SECTION) {
                byte[] data = spec.initialData();
                if (data != null && data.length > 0) {
                    map.put(new byte[4], data);
                }
                if (spec.isReadOnlyForProgram()) {
                    map.freeze();
                }
            }
            return map;
        } finally {
            if (inner != null) {
                inner.close();
            }
        }
    }

    /** Kernel object names: at most 15 characters of {@code [A-Za-z0-9_.]}. */
    static String kernelName(String name) {
        StringBuilder sb = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (sb.length() == 15) {
                break;
            }
            sb.append(Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '.' ? c : '_');
        }
        return sb.toString();
    }

    /**
     * Loads a program through the kernel verifier.
     *
     * @param maps the kernel maps, by name, the program's map references resolve to
     * @return the loaded program, or a refused one whose {@link LoadResult#verdict()} says why
     */
    public static LoadResult load(ProgramSpec program, Map<String, KernelMap> maps, String license, LoadOptions options) {
        return load(program, maps, license, options, null);
    }

    /**
     * Loads a program with its {@code func_info} and {@code line_info} from {@code btf} (when not
     * null), so the kernel treats global functions as libbpf-loaded ones and prints source lines.
     */
    public static LoadResult load(ProgramSpec program, Map<String, KernelMap> maps, String license, LoadOptions options,
                                  LoadedBtf btf) {
        return load(program, maps, license, options, btf, ResolvedExterns.NONE);
    }

    /**
     * Loads a program whose kfunc calls and ksym loads are filled in from {@code externs} (see
     * {@link ResolvedExterns#resolve}), as libbpf fills them.
     */
    public static LoadResult load(ProgramSpec program, Map<String, KernelMap> maps, String license, LoadOptions options,
                                  LoadedBtf btf, ResolvedExterns externs) {
        List<Instruction> insns = resolveMaps(program, maps);
        insns.replaceAll(externs::link);
        byte[] code = InstructionCodec.encode(insns);
        int logLevel = options.verboseLog() ? 1 | 4 : 4;
        ObjectBtf.ProgramInfo info = btf == null ? null : btf.btf().programInfo(program);
        int btfFd = btf == null ? 0 : btf.fd();
        Attempt first = attempt(program, code, license, logLevel, options, btfFd, info);
        if (first.fd >= 0) {
            return new LoadResult(new LoadedProgram(program, first.fd, first.verdict), first.verdict);
        }
        if (!options.verboseLog() && first.errno != 7 /* E2BIG: no log */) {
            // level 4 gives only statistics; reload at level 1 for the error message
            Attempt again = attempt(program, code, license, 1 | 4, options, btfFd, info);
            if (again.fd >= 0) {
                return new LoadResult(new LoadedProgram(program, again.fd, again.verdict), again.verdict);
            }
            return new LoadResult(null, again.verdict);
        }
        return new LoadResult(null, first.verdict);
    }

    public static LoadResult load(ProgramSpec program, Map<String, KernelMap> maps, String license) {
        return load(program, maps, license, LoadOptions.DEFAULT);
    }

    private record Attempt(int fd, int errno, KernelVerdict verdict) {}

    private static Attempt attempt(ProgramSpec program, byte[] code, String license, int logLevel, LoadOptions options,
                                   int btfFd, ObjectBtf.ProgramInfo info) {
        long logSize = options.logSize();
        for (int tries = 0; tries < 4; tries++) {
            try (Arena arena = Arena.ofConfined()) {
                Attr a = new Attr(arena, 144);
                MemorySegment log = a.buffer(logSize);
                byte[] lic = (license == null ? "" : license).getBytes(StandardCharsets.US_ASCII);
                byte[] licz = new byte[lic.length + 1];
                System.arraycopy(lic, 0, licz, 0, lic.length);
                int flags = program.progFlags() | (options.devBoundIfindex() != 0 ? LoadOptions.XDP_DEV_BOUND_ONLY : 0);
                a.u32(0, program.type().value()).u32(4, code.length / 8).ptr(8, a.bytes(code)).ptr(16, a.bytes(licz))
                        .u32(24, logLevel).u32(28, (int) logSize).ptr(32, log).u32(44, flags)
                        .name(48, kernelName(program.name())).u32(64, options.devBoundIfindex())
                        .u32(68, program.attachType() == null ? 0 : program.attachType().value());
                if (info != null) {
                    a.u32(72, btfFd);
                    if (info.funcInfoCount() > 0) {
                        a.u32(76, info.funcInfoRecordSize()).ptr(80, a.bytes(info.funcInfo())).u32(88, info.funcInfoCount());
                    }
                    if (info.lineInfoCount() > 0) {
                        a.u32(92, info.lineInfoRecordSize()).ptr(96, a.bytes(info.lineInfo())).u32(104, info.lineInfoCount());
                    }
                }
                BpfSyscall.Result r = BpfSyscall.call(BpfSyscall.PROG_LOAD, a.segment);
                int trueSize = a.u32(140);
                if (!r.ok() && r.errno() == 28 && trueSize > logSize && logSize < (1L << 30)) {
                    logSize = Math.max(trueSize + 1L, logSize * 4);
                    continue;
                }
                String text = cString(log, logSize);
                KernelVerdict v = KernelVerdict.of(r.ok(), r.ok() ? 0 : r.errno(), text);
                return new Attempt(r.ok() ? (int) r.value() : -1, r.ok() ? 0 : r.errno(), v);
            }
        }
        throw new KernelException("verifier log of " + program.name() + " does not fit 1 GiB", 28);
    }

    private static String cString(MemorySegment s, long max) {
        long n = 0;
        while (n < max && s.get(JAVA_BYTE, n) != 0) {
            n++;
        }
        byte[] b = new byte[(int) n];
        MemorySegment.copy(s, JAVA_BYTE, 0, b, 0, b.length);
        return new String(b, StandardCharsets.UTF_8);
    }

    /**
     * Loads an object's BTF ({@code BPF_BTF_LOAD}).
     *
     * @throws KernelException with the kernel's BTF log when it refuses the blob
     */
    public static LoadedBtf loadBtf(ObjectBtf btf) {
        byte[] blob = btf.bytes();
        try (Arena arena = Arena.ofConfined()) {
            Attr a = new Attr(arena, 32);
            int logSize = 1 << 16;
            MemorySegment log = a.buffer(logSize);
            a.ptr(0, a.bytes(blob)).ptr(8, log).u32(16, blob.length).u32(20, logSize).u32(24, 1);
            BpfSyscall.Result r = BpfSyscall.call(BpfSyscall.BTF_LOAD, a.segment);
            if (!r.ok()) {
                throw new KernelException("the kernel refused the object's BTF: "
                        + KernelVerdict.errorLine(cString(log, logSize)), r.errno());
            }
            return new LoadedBtf(btf, (int) r.value());
        }
    }

    /** Puts map fds into the program's map loads. */
    static List<Instruction> resolveMaps(ProgramSpec program, Map<String, KernelMap> maps) {
        List<Instruction> out = new ArrayList<>(program.instructions().size());
        for (Instruction insn : program.instructions()) {
            if (insn.opcode() == Opcodes.LDDW
                    && (insn.src() == Opcodes.PSEUDO_MAP_FD || insn.src() == Opcodes.PSEUDO_MAP_VALUE)
                    && insn.reference() != null) {
                KernelMap map = maps.get(insn.reference());
                if (map == null) {
                    throw new KernelException("program " + program.name() + " refers to map " + insn.reference()
                            + ", which was not created", 0);
                }
                long hi = insn.imm() & 0xffffffff00000000L;
                insn = insn.withImm(hi | (map.fd() & 0xffffffffL));
            }
            out.add(insn);
        }
        return out;
    }
}
