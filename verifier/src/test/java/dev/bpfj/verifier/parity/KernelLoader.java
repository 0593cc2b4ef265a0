package dev.bpfj.verifier.parity;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.bpfj.core.Instruction;
import dev.bpfj.core.Opcodes;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.kernel.KernelBtf;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only bpf(2) loader: creates an object's maps and loads one program through the running
 * kernel's verifier, returning its verdict and log. Lets the parity tests ask Linux itself.
 */
public final class KernelLoader {
    private static final int SYS_BPF = 321;
    private static final int MAP_CREATE = 0;
    private static final int MAP_UPDATE_ELEM = 2;
    private static final int PROG_LOAD = 5;
    private static final int MAP_FREEZE = 22;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = STATE.varHandle(java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle SYSCALL = LINKER.downcallHandle(LINKER.defaultLookup().find("syscall").orElseThrow(),
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT),
            Linker.Option.firstVariadicArg(1), Linker.Option.captureCallState("errno"));
    private static final MethodHandle CLOSE = LINKER.downcallHandle(LINKER.defaultLookup().find("close").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT));

    /** The kernel's answer. */
    public record Result(boolean accepted, int errno, String log, String lastLine) {
        /** {@code processed N insns} from the statistics line, -1 when absent. */
        public long processedInsns() {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("processed (\\d+) insns").matcher(log);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        }
    }

    private KernelLoader() {}

    /** Whether bpf(2) is usable here (root on Linux with BPF): tries to create a tiny array map. */
    public static boolean available() {
        try (Arena arena = Arena.ofConfined()) {
            int fd = createMap(arena, MapSpec.builder("probe", dev.bpfj.core.MapType.ARRAY).keySize(4).valueSize(4)
                    .maxEntries(1).build());
            if (fd >= 0) {
                close(fd);
                return true;
            }
            return false;
        } catch (Throwable t) {
            return false;
        }
    }

    private static long bpf(Arena arena, int cmd, MemorySegment attr, int[] errno) throws Throwable {
        MemorySegment state = arena.allocate(STATE);
        long r = (long) SYSCALL.invokeExact(state, (long) SYS_BPF, cmd, attr, (int) attr.byteSize());
        errno[0] = r < 0 ? (int) ERRNO.get(state, 0L) : 0;
        return r;
    }

    private static void close(int fd) {
        try {
            int ignored = (int) CLOSE.invokeExact(fd);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static int createMap(Arena arena, MapSpec m) throws Throwable {
        MemorySegment attr = arena.allocate(128);
        attr.set(JAVA_INT, 0, m.type().value());
        attr.set(JAVA_INT, 4, m.keySize());
        attr.set(JAVA_INT, 8, m.valueSize());
        attr.set(JAVA_INT, 12, m.maxEntries());
        attr.set(JAVA_INT, 16, m.flags() & ~MapSpec.F_RDONLY_PROG | (m.isReadOnlyForProgram() ? MapSpec.F_RDONLY_PROG : 0));
        int[] errno = new int[1];
        long fd = bpf(arena, MAP_CREATE, attr, errno);
        if (fd < 0) {
            throw new IllegalStateException("map " + m.name() + " create failed, errno " + errno[0]);
        }
        byte[] init = m.initialData();
        if (init != null) {
            MemorySegment key = arena.allocate(4);
            MemorySegment val = arena.allocate(Math.max(1, m.valueSize()));
            MemorySegment.copy(init, 0, val, JAVA_BYTE, 0, Math.min(init.length, m.valueSize()));
            MemorySegment u = arena.allocate(128);
            u.set(JAVA_INT, 0, (int) fd);
            u.set(JAVA_LONG, 8, key.address());
            u.set(JAVA_LONG, 16, val.address());
            bpf(arena, MAP_UPDATE_ELEM, u, errno);
            if (m.isReadOnlyForProgram()) {
                MemorySegment f = arena.allocate(128);
                f.set(JAVA_INT, 0, (int) fd);
                bpf(arena, MAP_FREEZE, f, errno);
            }
        }
        return (int) fd;
    }

    /** Loads the program (creating the maps it references) and returns the kernel's verdict. */
    public static Result load(ObjectSpec object, ProgramSpec program) {
        List<Integer> fds = new ArrayList<>();
        try (Arena arena = Arena.ofConfined()) {
            Map<String, Integer> mapFds = new HashMap<>();
            for (String name : program.mapReferences()) {
                MapSpec m = object.map(name).orElse(null);
                if (m != null) {
                    int fd = createMap(arena, m);
                    fds.add(fd);
                    mapFds.put(name, fd);
                }
            }
            List<Instruction> insns = new ArrayList<>();
            for (Instruction in : program.instructions()) {
                if ((in.isKfuncCall() || in.isKsymLoad()) && in.reference() != null) {
                    in = linkKfunc(object, in);
                } else if (in.isMapLoad() && in.reference() != null && mapFds.containsKey(in.reference())) {
                    long hi = in.imm() & 0xffffffff00000000L;
                    in = in.withImm(hi | (mapFds.get(in.reference()) & 0xffffffffL));
                } else if (in.isMapLoad()) {
                    in = in.withImm((in.imm() & 0xffffffff00000000L) | 0x7fff_fff0L);
                }
                insns.add(in);
            }
            int slots = 0;
            for (Instruction in : insns) {
                slots += in.slots();
            }
            MemorySegment code = arena.allocate(slots * 8L, 8);
            byte[] bytes = new byte[slots * 8];
            int pos = 0;
            for (Instruction in : insns) {
                in.encode(bytes, pos, ByteOrder.LITTLE_ENDIAN);
                pos += in.slots() * 8;
            }
            MemorySegment.copy(bytes, 0, code, JAVA_BYTE, 0, bytes.length);
            MemorySegment license = arena.allocateFrom(object.license().isEmpty() ? "" : object.license());
            // BPF_LOG_STATS: the error line (if any) and the statistics, without the instruction trace
            return loadOnce(arena, program, code, slots, license, 4, 1 << 20);
        } catch (Throwable t) {
            throw new IllegalStateException("kernel load failed: " + t, t);
        } finally {
            for (int fd : fds) {
                close(fd);
            }
        }
    }

    /** The ifindex dev-bound programs are loaded for (a veth the test created), 0 when there is none. */
    static volatile int devBoundIfindex;

    /**
     * A kfunc call or kfunc address by name, as libbpf links it: the id in the running kernel's BTF, or
     * for a weak kfunc the kernel lacks, a poisoned call and a zero address.
     */
    private static Instruction linkKfunc(ObjectSpec object, Instruction in) {
        java.util.OptionalInt id = KernelBtf.vmlinux().function(in.reference());
        if (id.isPresent()) {
            return in.isKfuncCall() ? in.withImm(id.getAsInt())
                    : new Instruction(Opcodes.LDDW, in.dst(), Opcodes.PSEUDO_BTF_ID, 0, id.getAsInt() & 0xffffffffL);
        }
        int index = Math.max(0, dev.bpfj.core.spec.ExternSpec.libbpfIndex(object.externs(), in.reference()));
        return in.isKfuncCall() ? new Instruction(Opcodes.CALL_OP, 0, 0, 0,
                dev.bpfj.core.spec.ExternSpec.POISON_CALL_KFUNC_BASE + index)
                : new Instruction(Opcodes.LDDW, in.dst(), 0, 0, 0);
    }

    private static Result loadOnce(Arena arena, ProgramSpec program, MemorySegment code, int slots,
                                   MemorySegment license, int logLevel, int logSize) throws Throwable {
        MemorySegment log = logSize == 0 ? MemorySegment.NULL : arena.allocate(logSize);
        MemorySegment attr = arena.allocate(144);
        attr.set(JAVA_INT, 0, program.type().value());
        attr.set(JAVA_INT, 4, slots);
        attr.set(JAVA_LONG, 8, code.address());
        attr.set(JAVA_LONG, 16, license.address());
        attr.set(JAVA_INT, 24, logLevel);
        attr.set(JAVA_INT, 28, logSize);
        attr.set(JAVA_LONG, 32, log.address());
        attr.set(JAVA_INT, 44, program.progFlags());
        if ((program.progFlags() & (1 << 6)) != 0) {
            attr.set(JAVA_INT, 64, devBoundIfindex); // BPF_F_XDP_DEV_BOUND_ONLY needs a device
        }
        byte[] name = program.name().getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < Math.min(15, name.length); i++) {
            byte b = name[i];
            attr.set(JAVA_BYTE, 48 + i, Character.isLetterOrDigit(b) || b == '_' || b == '.' ? b : (byte) '_');
        }
        if (program.attachType() != null) {
            attr.set(JAVA_INT, 68, program.attachType().value());
        }
        int[] errno = new int[1];
        long fd = bpf(arena, PROG_LOAD, attr, errno);
        String text = logSize == 0 ? "" : log.getString(0, StandardCharsets.UTF_8);
        if (fd >= 0) {
            close((int) fd);
            return new Result(true, 0, text, null);
        }
        return new Result(false, errno[0], text, lastLine(text));
    }

    /** The kernel's error: the last log line before the {@code processed N insns} statistics. */
    static String lastLine(String log) {
        String[] lines = log.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("processed ") || l.startsWith("verification time")
                    || l.startsWith("stack depth") || l.startsWith("insn_cnt") || l.startsWith("mark_read")) {
                continue;
            }
            return l;
        }
        return "";
    }

    @SuppressWarnings("unused")
    private static int opcodes() {
        return Opcodes.LDDW;
    }
}
