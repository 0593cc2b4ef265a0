package dev.bpfj.emitter.elf;

import dev.bpfj.emitter.ElfFormatException;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A parsed ELF64 relocatable object: header, sections and symbols, every offset and size checked
 * against the input before use, so that no allocation exceeds the input's size and no malformed
 * field reaches the caller as anything but an {@link ElfFormatException} naming what and where.
 */
public final class ElfFile {

    /** A section header with its name resolved. */
    public record Section(int index, String name, int type, long flags, long offset, long size, int link, int info,
                          long align, long entsize) {
        public boolean isExecutable() {
            return type == Elf.SHT_PROGBITS && (flags & Elf.SHF_EXECINSTR) != 0;
        }

        public boolean isAlloc() {
            return (flags & Elf.SHF_ALLOC) != 0;
        }

        @Override
        public String toString() {
            return "section " + name + " (#" + index + ")";
        }
    }

    /** A symbol table entry with its name resolved; {@code index} is its position in {@code .symtab}. */
    public record Symbol(int index, String name, int bind, int type, int visibility, int shndx, long value, long size) {
        public boolean isLocal() {
            return bind == Elf.STB_LOCAL;
        }
    }

    /** An {@code Elf64_Rel} entry. */
    public record Rel(long offset, int symbol, int type) {}

    private final byte[] data;
    private final ByteOrder order;
    private final int machine;
    private final List<Section> sections;
    private final List<Symbol> symbols;
    private final Section symtab;

    private ElfFile(byte[] data, ByteOrder order, int machine, List<Section> sections, List<Symbol> symbols,
                    Section symtab) {
        this.data = data;
        this.order = order;
        this.machine = machine;
        this.sections = sections;
        this.symbols = symbols;
        this.symtab = symtab;
    }

    private static ElfFormatException fail(String where, String problem) {
        return new ElfFormatException(where, problem);
    }

    /** Parses the header, section table and symbol table. */
    public static ElfFile parse(byte[] data) {
        if (data.length < Elf.EHDR_SIZE) {
            throw fail("ELF header", "the file has " + data.length + " bytes, too short for the 64-byte ELF64 header");
        }
        if ((data[0] & 0xff) != 0x7f || data[1] != 'E' || data[2] != 'L' || data[3] != 'F') {
            throw fail("ELF header", "not an ELF file (bad magic)");
        }
        if (data[4] != Elf.ELFCLASS64) {
            throw fail("ELF header", "not a 64-bit ELF object (class " + data[4] + "); BPF objects are ELF64");
        }
        ByteOrder order = switch (data[5]) {
            case Elf.ELFDATA2LSB -> ByteOrder.LITTLE_ENDIAN;
            case Elf.ELFDATA2MSB -> ByteOrder.BIG_ENDIAN;
            default -> throw fail("ELF header", "unknown byte order " + data[5]);
        };
        Slice file = new Slice(data, order, "ELF header", ElfFile::fail);
        if (file.u8(6) != 1) {
            throw fail("ELF header", "unknown ELF version " + file.u8(6));
        }
        int type = file.u16(16);
        if (type != Elf.ET_REL) {
            throw fail("ELF header", "e_type " + type + " is not ET_REL (1): a BPF object is a relocatable file");
        }
        int machine = file.u16(18);
        if (machine != Elf.EM_BPF && machine != Elf.EM_NONE) {
            throw fail("ELF header", "e_machine " + machine + " is not BPF (247): this object was built for another"
                    + " architecture; compile with -target bpf");
        }
        long shoff = file.u64(40);
        int shentsize = file.u16(58);
        long shnum = file.u16(60);
        long shstrndx = file.u16(62);
        if (shoff == 0) {
            throw fail("ELF header", "the object has no section header table");
        }
        if (shentsize != Elf.SHDR_SIZE) {
            throw fail("ELF header", "section header size " + shentsize + " (expected 64)");
        }
        if (!file.fits(shoff, Elf.SHDR_SIZE)) {
            throw fail("ELF header", "the section header table at offset " + shoff + " lies outside the "
                    + data.length + "-byte file");
        }
        if (shnum == 0) {
            shnum = file.u64(shoff + 32); // extended numbering: the count is section 0's sh_size
        }
        if (shstrndx == Elf.SHN_XINDEX) {
            shstrndx = file.u32L(shoff + 40);
        }
        if (shnum > (data.length - shoff) / Elf.SHDR_SIZE) {
            throw fail("ELF header", shnum + " section headers at offset " + shoff + " run past the end of the "
                    + data.length + "-byte file");
        }
        if (shstrndx == 0 || shstrndx >= shnum) {
            throw fail("ELF header", "section name table index " + shstrndx + " is not one of the " + shnum + " sections");
        }
        int n = (int) shnum;
        long[][] raw = new long[n][];
        for (int i = 0; i < n; i++) {
            long p = shoff + (long) i * Elf.SHDR_SIZE;
            raw[i] = new long[] {file.u32L(p), file.u32(p + 4), file.u64(p + 8), file.u64(p + 24), file.u64(p + 32),
                    file.u32L(p + 40), file.u32L(p + 44), file.u64(p + 48), file.u64(p + 56)};
            boolean nobits = raw[i][1] == Elf.SHT_NOBITS || raw[i][1] == Elf.SHT_NULL;
            if (!nobits && !file.fits(raw[i][3], raw[i][4])) {
                throw fail("section #" + i, "data [" + Long.toUnsignedString(raw[i][3]) + ", +"
                        + Long.toUnsignedString(raw[i][4]) + ") lies outside the " + data.length + "-byte file");
            }
        }
        long[] names = raw[(int) shstrndx];
        if (names[1] != Elf.SHT_STRTAB) {
            throw fail("section #" + shstrndx, "the section name table is not a string table (type " + names[1] + ")");
        }
        Slice nameTable = file.slice(names[3], names[4], "section name table");
        List<Section> sections = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long[] r = raw[i];
            String name = i == 0 ? "" : nameTable.cString(r[0]);
            sections.add(new Section(i, name, (int) r[1], r[2], r[3], r[4], (int) r[5], (int) r[6], r[7], r[8]));
        }
        checkOverlaps(sections, shoff, (long) n * Elf.SHDR_SIZE);

        Section symtab = null;
        for (Section s : sections) {
            if (s.type() == Elf.SHT_SYMTAB) {
                if (symtab != null) {
                    throw fail(s.toString(), "a second symbol table (the first is " + symtab.name() + ")");
                }
                symtab = s;
            }
        }
        List<Symbol> symbols = symtab == null ? List.of() : readSymbols(file, sections, symtab);
        return new ElfFile(data, order, machine, Collections.unmodifiableList(sections), symbols, symtab);
    }

    private static void checkOverlaps(List<Section> sections, long shoff, long shsize) {
        record Range(String what, long start, long end) {}
        List<Range> ranges = new ArrayList<>();
        ranges.add(new Range("the ELF header", 0, Elf.EHDR_SIZE));
        ranges.add(new Range("the section header table", shoff, shoff + shsize));
        for (Section s : sections) {
            if (s.type() != Elf.SHT_NOBITS && s.type() != Elf.SHT_NULL && s.size() > 0) {
                ranges.add(new Range("section " + s.name() + " (#" + s.index() + ")", s.offset(), s.offset() + s.size()));
            }
        }
        ranges.sort(Comparator.comparingLong(Range::start).thenComparingLong(Range::end));
        for (int i = 1; i < ranges.size(); i++) {
            Range a = ranges.get(i - 1);
            Range b = ranges.get(i);
            if (b.start() < a.end()) {
                throw fail(b.what(), "overlaps " + a.what() + " at file offset " + b.start());
            }
        }
    }

    private static List<Symbol> readSymbols(Slice file, List<Section> sections, Section symtab) {
        String where = "symbol table " + symtab.name();
        if (symtab.entsize() != Elf.SYM_SIZE) {
            throw fail(where, "entry size " + symtab.entsize() + " (expected 24)");
        }
        if (symtab.size() % Elf.SYM_SIZE != 0) {
            throw fail(where, "size " + symtab.size() + " is not a multiple of 24");
        }
        if (symtab.link() <= 0 || symtab.link() >= sections.size()
                || sections.get(symtab.link()).type() != Elf.SHT_STRTAB) {
            throw fail(where, "symbol strings section missing or invalid (sh_link " + symtab.link() + ")");
        }
        Section strs = sections.get(symtab.link());
        Slice strings = file.slice(strs.offset(), strs.size(), "symbol string table " + strs.name());
        Slice table = file.slice(symtab.offset(), symtab.size(), where);
        int count = (int) (symtab.size() / Elf.SYM_SIZE);
        List<Symbol> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long p = (long) i * Elf.SYM_SIZE;
            long nameOff = table.u32L(p);
            String name;
            try {
                name = nameOff == 0 ? "" : strings.cString(nameOff);
            } catch (ElfFormatException e) {
                throw fail("symbol #" + i, "name offset " + nameOff + " is not a string of " + strs.name());
            }
            int info = table.u8(p + 4);
            out.add(new Symbol(i, name, info >>> 4, info & 0xf, table.u8(p + 5) & 3, table.u16(p + 6), table.u64(p + 8),
                    table.u64(p + 16)));
        }
        return Collections.unmodifiableList(out);
    }

    public ByteOrder order() {
        return order;
    }

    public int machine() {
        return machine;
    }

    public List<Section> sections() {
        return sections;
    }

    public Optional<Section> section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Whether the object has a symbol table. */
    public boolean hasSymbols() {
        return symtab != null;
    }

    /** Every symbol, index 0 (the null symbol) included. */
    public List<Symbol> symbols() {
        return symbols;
    }

    /** A section's bytes as a view; empty for NOBITS. */
    public Slice data(Section s) {
        if (s.type() == Elf.SHT_NOBITS) {
            return new Slice(new byte[0], order, s.toString(), ElfFile::fail);
        }
        return new Slice(data, (int) s.offset(), (int) s.size(), order, s.toString(), ElfFile::fail);
    }

    /**
     * The entries of a REL section, each checked to name an existing symbol.
     *
     * @throws ElfFormatException for a malformed section or entry
     */
    public List<Rel> relocations(Section rel) {
        String where = rel.toString();
        if (rel.entsize() != Elf.REL_SIZE) {
            throw fail(where, "relocation entry size " + rel.entsize() + " (expected 16)");
        }
        if (rel.size() % Elf.REL_SIZE != 0) {
            throw fail(where, "size " + rel.size() + " is not a multiple of 16");
        }
        if (symtab == null || rel.link() != symtab.index()) {
            throw fail(where, "sh_link " + rel.link() + " is not the symbol table");
        }
        Slice d = data(rel);
        int n = (int) (rel.size() / Elf.REL_SIZE);
        List<Rel> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long off = d.u64((long) i * Elf.REL_SIZE);
            long info = d.u64((long) i * Elf.REL_SIZE + 8);
            long sym = info >>> 32;
            if (sym == 0 || sym >= symbols.size()) {
                throw fail(where, "relocation " + i + " at offset " + off + " names symbol " + sym + ", but the table has "
                        + symbols.size() + " symbols");
            }
            out.add(new Rel(off, (int) sym, (int) info));
        }
        return out;
    }
}
