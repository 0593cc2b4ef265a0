package dev.bpfj.emitter.btf;

import dev.bpfj.core.BpfFormatException;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.emitter.elf.Elf;
import dev.bpfj.emitter.elf.ElfFile;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The BTF CO-RE relocations are resolved against (libbpf's "target BTF"): the running kernel's
 * {@code /sys/kernel/btf/vmlinux}, or a file the user names (libbpf's {@code btf_custom_path}), as a
 * raw BTF blob or an ELF file's {@code .BTF} section. Types are indexed by their essential name (the
 * name without a {@code ___flavor} suffix) the first time a relocation looks for candidates.
 */
public final class TargetBtf {
    public static final Path VMLINUX = Path.of("/sys/kernel/btf/vmlinux");

    private final String name;
    private final Btf btf;
    private int[] head;
    private int[] next;
    private int[] hashes;

    public TargetBtf(String name, Btf btf) {
        this.name = name;
        this.btf = btf;
    }

    /** Where this BTF came from, for messages. */
    public String name() {
        return name;
    }

    public Btf btf() {
        return btf;
    }

    /** The running kernel's BTF, read and parsed once per JVM; empty when it cannot be read (no root, no BTF). */
    public static Optional<TargetBtf> kernel() {
        return KernelHolder.KERNEL;
    }

    private static final class KernelHolder {
        static final Optional<TargetBtf> KERNEL = readKernel();

        private static Optional<TargetBtf> readKernel() {
            if (!Files.isReadable(VMLINUX)) {
                return Optional.empty();
            }
            try {
                return Optional.of(read(VMLINUX));
            } catch (BpfFormatException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * Reads a raw BTF blob ({@code /sys/kernel/btf/vmlinux}, {@code bpftool btf dump ... format raw}
     * input) or the {@code .BTF} section of an ELF file (a vmlinux, a BPF object).
     *
     * @throws BtfFormatException when the file cannot be read or holds no BTF
     */
    public static TargetBtf read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BtfFormatException(file.toString(), "cannot read the target BTF: " + e.getMessage());
        }
        try {
            if (bytes.length >= 4 && bytes[0] == 0x7f && bytes[1] == 'E' && bytes[2] == 'L' && bytes[3] == 'F') {
                ElfFile elf = ElfFile.parse(bytes);
                ElfFile.Section s = elf.section(".BTF").filter(x -> x.type() == Elf.SHT_PROGBITS).orElseThrow(
                        () -> new BtfFormatException(file.toString(), "this ELF file has no .BTF section"));
                return new TargetBtf(file.toString(), Btf.parse(elf.data(s).bytes(), elf.order()));
            }
            // the magic 0xeb9f tells the byte order: 9f eb little-endian, eb 9f big-endian
            ByteOrder order = bytes.length >= 2 && (bytes[0] & 0xff) == 0xeb && (bytes[1] & 0xff) == 0x9f
                    ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            return new TargetBtf(file.toString(), Btf.parse(bytes, order));
        } catch (BpfFormatException e) {
            throw new BtfFormatException(file.toString(), "not a BTF file: " + e.getMessage());
        }
    }

    /** libbpf's {@code bpf_core_essential_name_len}: the name up to its last {@code X___Y} separator. */
    public static String essentialName(String name) {
        for (int i = name.length() - 5; i >= 0; i--) {
            if (name.charAt(i) != '_' && name.charAt(i + 1) == '_' && name.charAt(i + 2) == '_'
                    && name.charAt(i + 3) == '_' && name.charAt(i + 4) != '_') {
                return name.substring(0, i + 1);
            }
        }
        return name;
    }

    /**
     * Kinds never indexed: no CO-RE relocation is rooted at a function, variable, section or tag, and
     * they are most of vmlinux's names (over 50,000 functions).
     */
    private static boolean unindexed(int kind) {
        return kind == BtfType.KIND_FUNC || kind == BtfType.KIND_VAR || kind == BtfType.KIND_DATASEC
                || kind == BtfType.KIND_DECL_TAG;
    }

    /** Ids of the named types of a kind whose essential name is {@code essential}, in id order. */
    synchronized int[] candidates(String essential, int kind) {
        List<Integer> found = new ArrayList<>();
        if (unindexed(kind)) {
            for (int id = 1; id <= btf.typeCount(); id++) {
                if (btf.kind(id) == kind && essentialName(btf.name(id)).equals(essential)) {
                    found.add(id);
                }
            }
            return found.stream().mapToInt(Integer::intValue).toArray();
        }
        if (head == null) {
            index();
        }
        byte[] name = essential.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int h = Btf.hashBytes(name, 0, name.length);
        for (int id = head[h & (head.length - 1)]; id != 0; id = next[id]) {
            if (hashes[id] == h && essentialName(btf.name(id)).equals(essential)) {
                found.add(id);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Chains every named type (but functions, variables, sections and tags) by the hash of its
     * essential name, read from the string table's bytes: vmlinux has over 100,000 types, and decoding
     * every name into a String would cost more than the relocations themselves.
     */
    private void index() {
        int n = btf.typeCount();
        int buckets = Integer.highestOneBit(Math.max(16, n / 4)) * 2;
        head = new int[buckets];
        next = new int[n + 1];
        hashes = new int[n + 1];
        for (int id = n; id >= 1; id--) {
            if (unindexed(btf.kind(id))) {
                continue;
            }
            int h = btf.essentialNameHash(id);
            if (h != 0) {
                hashes[id] = h;
                int b = h & (buckets - 1);
                next[id] = head[b];
                head[b] = id;
            }
        }
    }
}
