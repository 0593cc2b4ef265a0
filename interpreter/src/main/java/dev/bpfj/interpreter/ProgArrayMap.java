package dev.bpfj.interpreter;

import dev.bpfj.core.Errno;
import dev.bpfj.core.spec.MapSpec;
import java.util.List;

/**
 * {@code BPF_MAP_TYPE_PROG_ARRAY}: the jump table of {@code bpf_tail_call}. Slots start empty; a
 * test fills them with programs of the same object, as a loader fills them with program fds.
 * Programs cannot read or write it; only {@code bpf_tail_call} uses it.
 */
final class ProgArrayMap extends MapStore {
    private final Code.Program[] slots;
    private Code code;

    ProgArrayMap(MapSpec spec, Machine machine) {
        super(spec, machine);
        if (spec.maxEntries() <= 0 || spec.keySize() != 4) {
            throw new IllegalArgumentException(sizeProblem(spec, "4-byte keys and max_entries > 0"));
        }
        this.slots = new Code.Program[spec.maxEntries()];
    }

    /** The first program that uses this map: every program put into it must be of its kind. */
    private dev.bpfj.core.spec.ProgramSpec owner;

    void attach(Code code) {
        this.code = code;
        for (Code.Program p : code.programs) {
            if (p.spec().mapReferences().contains(name())) {
                owner = p.spec();
                break;
            }
        }
    }

    /**
     * {@code bpf_prog_map_compatible}: a slot takes only programs of the owner's type, expected attach
     * type and XDP fragment support; null when compatible.
     */
    private String incompatibility(dev.bpfj.core.spec.ProgramSpec p) {
        if (owner == null) {
            return null;
        }
        int frags = dev.bpfj.core.SectionDef.XDP_HAS_FRAGS;
        if (p.type() != owner.type() || p.attachType() != owner.attachType()
                || (p.progFlags() & frags) != (owner.progFlags() & frags)) {
            return "the kernel refuses " + p.name() + " (" + p.section() + ") in prog_array " + name()
                    + ", which " + owner.name() + " (" + owner.section() + ") uses: programs in one must share type,"
                    + " expected attach type and XDP fragment support";
        }
        return null;
    }

    MapSpec spec() {
        return spec;
    }

    Code.Program program(int index) {
        return index >= 0 && index < slots.length ? slots[index] : null;
    }

    void set(int index, String program) {
        if (index < 0 || index >= slots.length) {
            throw new IllegalArgumentException("prog_array " + name() + " has slots 0.." + (slots.length - 1)
                    + ", not " + index);
        }
        if (program == null) {
            slots[index] = null;
            return;
        }
        Code.Program p = code.program(program);
        if (p == null) {
            throw new IllegalArgumentException("no program " + program + " in this object; it has "
                    + code.programs.stream().map(Code.Program::name).toList());
        }
        String refused = incompatibility(p.spec());
        if (refused != null) {
            throw new IllegalArgumentException(refused);
        }
        slots[index] = p;
    }

    @Override
    byte[] userLookup(byte[] key) {
        checkKey(key);
        long i = Memory.read(key, 0, 4);
        if (i >= slots.length || slots[(int) i] == null) {
            return null;
        }
        byte[] v = new byte[4];
        Memory.write(v, 0, 4, slots[(int) i].index());
        return v;
    }

    /** A value is the index of a program in the object's program list (the stand-in for a prog fd). */
    @Override
    long userUpdate(byte[] key, byte[] value, long flags) {
        checkKey(key);
        checkValue(value, 4);
        long i = Memory.read(key, 0, 4);
        if (flags != ANY) {
            return errno(Errno.EINVAL);
        }
        if (i >= slots.length) {
            return errno(Errno.E2BIG);
        }
        long p = Memory.read(value, 0, 4);
        if (p >= code.programs.size()) {
            return errno(Errno.EBADF);
        }
        if (incompatibility(code.programs.get((int) p).spec()) != null) {
            return errno(Errno.EINVAL);
        }
        slots[(int) i] = code.programs.get((int) p);
        return 0;
    }

    @Override
    long userDelete(byte[] key) {
        checkKey(key);
        long i = Memory.read(key, 0, 4);
        if (i >= slots.length) {
            return errno(Errno.E2BIG);
        }
        if (slots[(int) i] == null) {
            return errno(Errno.ENOENT);
        }
        slots[(int) i] = null;
        return 0;
    }

    @Override
    List<byte[]> userKeys() {
        return indexKeys(slots.length, i -> slots[i] != null);
    }

    @Override
    void clear() {
        java.util.Arrays.fill(slots, null);
    }
}
