package dev.bpfj.emitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.core.BpfException;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.Opcodes;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.btf.BtfType.Array;
import dev.bpfj.core.btf.BtfType.Enum;
import dev.bpfj.core.btf.BtfType.Enumerator;
import dev.bpfj.core.btf.BtfType.Int;
import dev.bpfj.core.btf.BtfType.Member;
import dev.bpfj.core.btf.BtfType.Struct;
import dev.bpfj.core.btf.BtfType.Typedef;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.btf.BtfWriter;
import dev.bpfj.emitter.btf.CoreRelocator;
import dev.bpfj.emitter.btf.TargetBtf;
import dev.bpfj.emitter.elf.ElfFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The reader applies the CO-RE relocations of {@code fixtures/core_relo.o} (local {@code ___local}
 * flavors of the kernel's {@code struct ethhdr}, {@code struct iphdr} and {@code enum xdp_action}
 * laid out differently) against a target BTF that holds the kernel's layouts.
 */
class CoreRelocationReadTest {

    /** The kernel's struct ethhdr, struct iphdr (saddr/daddr in an anonymous union of structs) and enum xdp_action. */
    static byte[] kernelHeadersBtf() {
        Array mac = new Array(Int.U8, Array.ARRAY_INDEX, 6);
        Typedef be16 = new Typedef("__be16", Typedef.U16);
        Typedef be32 = new Typedef("__be32", Typedef.U32);
        Struct eth = new Struct("ethhdr", 14, List.of(new Member("h_dest", mac, 0, 0),
                new Member("h_source", mac, 48, 0), new Member("h_proto", be16, 96, 0)), false);
        Struct addrs = new Struct("", 8, List.of(new Member("saddr", be32, 0, 0), new Member("daddr", be32, 32, 0)), false);
        Struct named = new Struct("", 8, List.of(new Member("saddr", be32, 0, 0), new Member("daddr", be32, 32, 0)), false);
        Struct union = new Struct("", 8, List.of(new Member("", addrs, 0, 0), new Member("addrs", named, 0, 0)), true);
        Struct ip = new Struct("iphdr", 20, List.of(new Member("ihl", Typedef.U8, 0, 4), new Member("version", Typedef.U8, 4, 4),
                new Member("tos", Typedef.U8, 8, 0), new Member("tot_len", be16, 16, 0), new Member("id", be16, 32, 0),
                new Member("frag_off", be16, 48, 0), new Member("ttl", Typedef.U8, 64, 0),
                new Member("protocol", Typedef.U8, 72, 0), new Member("check", Typedef.U16, 80, 0),
                new Member("", union, 96, 0)), false);
        Enum action = new Enum("xdp_action", 4, false, List.of(new Enumerator("XDP_ABORTED", 0),
                new Enumerator("XDP_DROP", 1), new Enumerator("XDP_PASS", 2), new Enumerator("XDP_TX", 3),
                new Enumerator("XDP_REDIRECT", 4)));
        return new BtfWriter().add(eth).add(ip).add(action).build(ByteOrder.LITTLE_ENDIAN).bytes();
    }

    static Path kernelHeadersFile() throws IOException {
        Path p = Fixtures.scratch("core").resolve("kernel-headers.btf");
        Files.write(p, kernelHeadersBtf());
        return p;
    }

    static ProgramSpec read(ReadOptions options, List<Diagnostic> diagnostics) {
        ReadResult r = ElfReader.read(Fixtures.bytes("core_relo"), options);
        assertThat(r.coreRelocations()).hasSize(options.coreTarget() == CoreTarget.NONE ? 0 : 27);
        assertThat(r.coreRelocations()).allSatisfy(a -> assertThat(a.before().opcode() == a.after().opcode()
                || a.poisoned() || a.relocation().kind() == dev.bpfj.emitter.btf.CoreRelocation.Kind.FIELD_BYTE_OFFSET)
                .as(a.toString()).isTrue());
        diagnostics.addAll(r.diagnostics());
        assertThat(r.hasErrors()).as(r.diagnostics().toString()).isFalse();
        return r.object().program("xdp_core").orElseThrow();
    }

    /** The relocated slots of xdp_core and their values on a kernel with the kernel's header layouts. */
    static void assertKernelLayout(Instruction[] s) {
        assertThat(s[8].offset()).as("eth->h_proto: 0 -> 12").isEqualTo(12);
        assertThat(s[23].imm()).as("byte size of the version bitfield's load").isEqualTo(1);
        assertThat(s[58].imm()).as("byte size of the ihl bitfield's load").isEqualTo(1);
        assertThat(s[38].imm()).as("lshift of version").isEqualTo(56);
        assertThat(s[73].imm()).as("lshift of ihl").isEqualTo(60);
        assertThat(s[90].offset()).as("ip->protocol: 8 -> 9").isEqualTo(9);
        assertThat(s[102].offset()).as("ip->saddr, through anonymous union and struct: 16 -> 12").isEqualTo(12);
        assertThat(s[114].offset()).as("ip->ttl: 9 -> 8").isEqualTo(8);
        assertThat(s[126].imm()).as("bpf_core_type_size(struct ethhdr): 16 -> 14").isEqualTo(14);
        assertThat(s[138].imm()).as("bpf_core_field_exists(ip->bpfj_missing)").isEqualTo(0);
        assertThat(s[151].isCall() && s[151].imm() == CoreRelocator.POISON).as("the load of the missing member is poisoned: "
                + s[151]).isTrue();
        assertThat(s[163].opcode()).isEqualTo(Opcodes.LDDW);
        assertThat(s[163].imm()).as("bpf_core_enum_value(XDP_PASS___local): 12 -> 2").isEqualTo(2);
        assertThat(s[176].imm()).as("bpf_core_enum_value_exists(XDP_BPFJ_BOGUS___local)").isEqualTo(0);
        assertThat(s[189].imm()).as("bpf_core_type_exists(struct bpfj_no_such_type)").isEqualTo(0);
        assertThat(s[201].imm()).as("bpf_core_field_size(ip->saddr)").isEqualTo(4);
        assertThat(s[213].imm()).as("bpf_core_field_offset(daddr): 12 -> 16").isEqualTo(16);
        assertThat(s[225].imm()).as("bpf_core_type_matches: the local enum has an enumerator the kernel lacks").isEqualTo(0);
    }

    @Test
    void relocatesAgainstAGivenRawBtfFile() throws IOException {
        List<Diagnostic> diags = new java.util.ArrayList<>();
        ProgramSpec p = read(ReadOptions.DEFAULT.withTargetBtf(kernelHeadersFile()), diags);
        assertKernelLayout(p.bySlot());
        assertThat(diags.toString()).contains("27 of 27 CO-RE relocation(s) applied against", "1 poisoned")
                .contains("insn 151: CO-RE relocation #18 <byte_off>", "poisoned as libbpf does");
    }

    @Test
    void withoutTargetKeepsTheCompilersValuesAndSaysSo() {
        List<Diagnostic> diags = new java.util.ArrayList<>();
        ProgramSpec p = read(ReadOptions.DEFAULT.withCoreTarget(CoreTarget.NONE), diags);
        Instruction[] s = p.bySlot();
        assertThat(s[8].offset()).isEqualTo(0);
        assertThat(s[151].isCall()).isFalse();
        assertThat(s[163].imm()).isEqualTo(12);
        assertThat(diags).anySatisfy(d -> assertThat(d.toString()).startsWith("warning: .BTF.ext: 27 CO-RE relocation(s) not"
                + " applied").contains("--btf FILE"));
    }

    @Test
    void relocatesAgainstTheRunningKernel() {
        Assumptions.assumeTrue(TargetBtf.kernel().isPresent(), TargetBtf.VMLINUX + " is not readable here");
        List<Diagnostic> diags = new java.util.ArrayList<>();
        ProgramSpec p = read(ReadOptions.DEFAULT, diags);
        assertKernelLayout(p.bySlot());
        assertThat(diags.toString()).contains("applied against " + TargetBtf.VMLINUX);
    }

    @Test
    void anElfFilesBtfIsATargetToo() {
        // the object's own .BTF: every ___local type is its own candidate, so offsets and values stay;
        // only what libbpf computes differently from clang changes (the load size of a bitfield)
        List<Diagnostic> diags = new java.util.ArrayList<>();
        Instruction[] s = read(ReadOptions.DEFAULT.withTargetBtf(Fixtures.path("core_relo")), diags).bySlot();
        assertThat(s[8].offset()).isEqualTo(0);
        assertThat(s[102].offset()).isEqualTo(16);
        assertThat(s[151].offset()).as("the local member exists here: not poisoned").isEqualTo(20);
        assertThat(s[163].imm()).isEqualTo(12);
        assertThat(s[189].imm()).as("struct bpfj_no_such_type exists in the object itself").isEqualTo(1);
        assertThat(s[23].imm()).as("libbpf loads a __u8 bitfield with one byte, clang said 4").isEqualTo(1);
    }

    @Test
    void aMissingTargetFileIsATypedError() {
        assertThatThrownBy(() -> ElfReader.read(Fixtures.bytes("core_relo"),
                ReadOptions.DEFAULT.withTargetBtf(Path.of("target/no-such.btf"))))
                .isInstanceOf(BpfException.class).hasMessageContaining("no-such.btf").hasMessageContaining("target BTF");
    }

    @Test
    void aReachablePoisonedLoadIsReadAndFlagged() throws IOException {
        ReadResult r = ElfReader.read(Fixtures.bytes("rejected/core_relo_poison"),
                ReadOptions.DEFAULT.withTargetBtf(kernelHeadersFile()));
        assertThat(r.hasErrors()).isFalse();
        ProgramSpec p = r.object().programs().get(0);
        assertThat(p.instructions()).anySatisfy(i -> assertThat(i.isCall() && i.imm() == CoreRelocator.POISON).isTrue());
        assertThat(r.diagnostics().toString()).contains("poisoned");
    }

    /** Offset of the {@code index}-th CO-RE record's {@code field} (0 insn_off, 4 type, 8 access, 12 kind) in the file. */
    private static int recordField(byte[] obj, int index, int field) {
        ElfFile elf = ElfFile.parse(obj);
        ElfFile.Section ext = elf.section(".BTF.ext").orElseThrow();
        ByteBuffer b = ByteBuffer.wrap(obj).order(ByteOrder.LITTLE_ENDIAN);
        int base = (int) ext.offset();
        int hdr = b.getInt(base + 4);
        int coreOff = b.getInt(base + 24);
        // record size, then the first section's name and count, then its records
        return base + hdr + coreOff + 4 + 8 + 16 * index + field;
    }

    @Test
    void malformedRecordsAreTypedErrorsNamingTheRecord() throws IOException {
        byte[] obj = Fixtures.bytes("core_relo");
        byte[] badKind = obj.clone();
        ByteBuffer.wrap(badKind).order(ByteOrder.LITTLE_ENDIAN).putInt(recordField(obj, 3, 12), 99);
        ReadResult r = ElfReader.read(badKind, ReadOptions.DEFAULT.withTargetBtf(kernelHeadersFile()));
        assertThat(r.errors().toString()).contains(".BTF.ext core_relo record #3 for section xdp",
                "unknown CO-RE relocation kind 99");

        byte[] badAccess = obj.clone();
        ByteBuffer.wrap(badAccess).order(ByteOrder.LITTLE_ENDIAN).putInt(recordField(obj, 0, 8), 0x7fffff);
        assertThat(ElfReader.read(badAccess, ReadOptions.DEFAULT).errors().toString())
                .contains("record #0", "access string offset");

        byte[] wrongInsn = obj.clone();
        ByteBuffer.wrap(wrongInsn).order(ByteOrder.LITTLE_ENDIAN).putInt(recordField(obj, 0, 0), 12 * 8);
        ReadResult w = ElfReader.read(wrongInsn, ReadOptions.DEFAULT.withTargetBtf(kernelHeadersFile()));
        assertThat(w.errors().toString()).contains("program 'xdp_core'", "insn 12", "CO-RE relocation #0 <byte_off>",
                "access 0:0", "unrecognized instruction");
    }

    @Test
    void hostileRecordsGiveOnlyTypedErrors() throws IOException {
        // every byte of the core_relo subsection (records, section names, counts) smashed at random,
        // relocated against the kernel's header layouts and against the object's own BTF
        byte[] obj = Fixtures.bytes("core_relo");
        int from = recordField(obj, 0, 0) - 12;
        int to = recordField(obj, 24, 16);
        java.util.SplittableRandom random = new java.util.SplittableRandom(0xc0de);
        List<ReadOptions> targets = List.of(ReadOptions.DEFAULT.withTargetBtf(kernelHeadersFile()),
                ReadOptions.DEFAULT.withTargetBtf(Fixtures.path("core_relo")));
        int errors = 0;
        for (int i = 0; i < 600; i++) {
            byte[] m = obj.clone();
            for (int k = random.nextInt(1, 4); k > 0; k--) {
                int at = random.nextInt(from, to);
                m[at] = (byte) (random.nextBoolean() ? random.nextInt(256) : m[at] ^ (1 << random.nextInt(8)));
            }
            try {
                ReadResult r = ElfReader.read(m, targets.get(i % 2));
                errors += r.hasErrors() ? 1 : 0;
                assertThat(r.diagnostics()).allSatisfy(d -> assertThat(d.toString()).doesNotContain("\n"));
            } catch (BpfException e) {
                assertThat(e.getMessage()).as("mutation " + i).doesNotContain("internal error");
                errors++;
            }
        }
        assertThat(errors).as("most smashed records are refused").isGreaterThan(100);
    }

    @Test
    void aTargetBtfFileIsReadRawOrFromAnElf() throws IOException {
        TargetBtf raw = TargetBtf.read(kernelHeadersFile());
        assertThat(raw.btf().find(BtfType.KIND_STRUCT, "iphdr")).isPresent();
        TargetBtf elf = TargetBtf.read(Fixtures.path("core_relo"));
        assertThat(elf.btf().find(BtfType.KIND_STRUCT, "iphdr___local")).isPresent();
        assertThat(TargetBtf.essentialName("iphdr___local")).isEqualTo("iphdr");
        assertThat(TargetBtf.essentialName("a___b___c")).isEqualTo("a___b");
        assertThat(TargetBtf.essentialName("____x")).isEqualTo("____x");
        assertThat(TargetBtf.essentialName("x____y")).isEqualTo("x____y");
    }
}
