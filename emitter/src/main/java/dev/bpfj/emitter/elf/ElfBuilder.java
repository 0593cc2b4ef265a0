package dev.bpfj.emitter.elf;

import dev.bpfj.emitter.btf.StringTable;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out an ELF64 relocatable object: a null section, a shared {@code .strtab} for section and
 * symbol names, the sections in the order added, a {@code .symtab} last (locals before globals,
 * {@code sh_info} set as the linker checks, every REL section linked to it), data in section order
 * after the 64-byte header and the section header table at the end.
 */
public final class ElfBuilder {
    /** A section to write; {@code data} is null for NOBITS. */
    public static final class Section {
        final String name;
        final int type;
        final long flags;
        final long align;
        final long entsize;
        byte[] data;
        long nobitsSize;
        int link;
        int info;
        int index;

        Section(String name, int type, long flags, long align, long entsize) {
            this.name = name;
            this.type = type;
            this.flags = flags;
            this.align = align;
            this.entsize = entsize;
        }

        public int index() {
            return index;
        }

        public String name() {
            return name;
        }

        public Section data(byte[] bytes) {
            this.data = bytes;
            return this;
        }

        public Section link(int l) {
            this.link = l;
            return this;
        }

        public Section info(int i) {
            this.info = i;
            return this;
        }
    }

    /** A symbol; its index is known once {@link #sortSymbols()} has run. */
    public static final class Symbol {
        final String name;
        final int bind;
        final int type;
        final int other;
        final int shndx;
        final long value;
        final long size;
        int index;

        Symbol(String name, int bind, int type, int other, int shndx, long value, long size) {
            this.name = name;
            this.bind = bind;
            this.type = type;
            this.other = other;
            this.shndx = shndx;
            this.value = value;
            this.size = size;
        }

        public int index() {
            return index;
        }
    }

    private final ByteOrder order;
    private final List<Section> sections = new ArrayList<>();
    private final List<Symbol> symbols = new ArrayList<>();
    private final Section strtab;
    private boolean sorted;

    public ElfBuilder(ByteOrder order) {
        this.order = order;
        Section nul = new Section("", Elf.SHT_NULL, 0, 0, 0);
        sections.add(nul);
        strtab = section(".strtab", Elf.SHT_STRTAB, 0, 1, 0);
    }

    /** Adds a section; its index is {@link Section#index()}. */
    public Section section(String name, int type, long flags, long align, long entsize) {
        Section s = new Section(name, type, flags, align, entsize);
        s.index = sections.size();
        sections.add(s);
        return s;
    }

    public Section nobits(String name, long flags, long align, long size) {
        Section s = section(name, Elf.SHT_NOBITS, flags, align, 0);
        s.nobitsSize = size;
        return s;
    }

    public Symbol symbol(String name, int bind, int type, int shndx, long value, long size) {
        if (sorted) {
            throw new IllegalStateException("symbols are already numbered");
        }
        Symbol s = new Symbol(name, bind, type, Elf.STV_DEFAULT, shndx, value, size);
        symbols.add(s);
        return s;
    }

    /** Numbers the symbols, locals first (stable within each group); call before using indices. */
    public void sortSymbols() {
        List<Symbol> locals = new ArrayList<>();
        List<Symbol> others = new ArrayList<>();
        for (Symbol s : symbols) {
            (s.bind == Elf.STB_LOCAL ? locals : others).add(s);
        }
        symbols.clear();
        symbols.addAll(locals);
        symbols.addAll(others);
        for (int i = 0; i < symbols.size(); i++) {
            symbols.get(i).index = i + 1;
        }
        sorted = true;
    }

    /** Writes the object. */
    public byte[] build() {
        if (!sorted) {
            sortSymbols();
        }
        StringTable names = new StringTable();
        for (Section s : sections) {
            names.add(s.name);
        }
        names.add(".symtab");
        for (Symbol s : symbols) {
            names.add(s.name);
        }
        Section symtab = section(".symtab", Elf.SHT_SYMTAB, 0, 8, Elf.SYM_SIZE);
        symtab.link = strtab.index;
        int firstGlobal = 1;
        ByteSink syms = new ByteSink(order);
        syms.zeros(Elf.SYM_SIZE);
        for (Symbol s : symbols) {
            if (s.bind == Elf.STB_LOCAL) {
                firstGlobal = s.index + 1;
            }
            syms.u32(names.add(s.name)).u8(s.bind << 4 | s.type).u8(s.other).u16(s.shndx).u64(s.value).u64(s.size);
        }
        symtab.info = firstGlobal;
        for (Section s : sections) {
            if (s.type == Elf.SHT_REL) {
                s.link = symtab.index; // relocations refer to the one symbol table
            }
        }
        symtab.data = syms.toByteArray();
        strtab.data = names.toByteArray();

        ByteSink out = new ByteSink(order);
        out.zeros(Elf.EHDR_SIZE);
        long[] offsets = new long[sections.size()];
        for (Section s : sections) {
            if (s.type == Elf.SHT_NULL) {
                continue;
            }
            out.align((int) Math.max(1, s.align));
            offsets[s.index] = out.size();
            if (s.type != Elf.SHT_NOBITS && s.data != null) {
                out.bytes(s.data);
            }
        }
        out.align(8);
        long shoff = out.size();
        for (Section s : sections) {
            long size = s.type == Elf.SHT_NOBITS ? s.nobitsSize : s.data == null ? 0 : s.data.length;
            out.u32(names.add(s.name)).u32(s.type).u64(s.flags).u64(0).u64(s.type == Elf.SHT_NULL ? 0 : offsets[s.index]);
            out.u64(size).u32(s.link).u32(s.info).u64(s.align).u64(s.entsize);
        }
        byte[] bytes = out.toByteArray();
        ByteSink header = new ByteSink(order);
        header.u8(0x7f).u8('E').u8('L').u8('F').u8(Elf.ELFCLASS64)
                .u8(order == ByteOrder.LITTLE_ENDIAN ? Elf.ELFDATA2LSB : Elf.ELFDATA2MSB).u8(1).u8(0).zeros(8);
        header.u16(Elf.ET_REL).u16(Elf.EM_BPF).u32(1).u64(0).u64(0).u64(shoff).u32(0);
        header.u16(Elf.EHDR_SIZE).u16(0).u16(0).u16(Elf.SHDR_SIZE).u16(sections.size()).u16(strtab.index);
        byte[] h = header.toByteArray();
        System.arraycopy(h, 0, bytes, 0, h.length);
        return bytes;
    }
}
