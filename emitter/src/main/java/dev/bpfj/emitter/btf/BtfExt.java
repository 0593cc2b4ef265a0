package dev.bpfj.emitter.btf;

import dev.bpfj.emitter.elf.ByteSink;
import dev.bpfj.emitter.elf.Slice;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code .BTF.ext} section: per ELF section, {@code bpf_func_info} and {@code bpf_line_info}
 * records whose {@code insn_off} is a byte offset within that section. CO-RE relocation records are
 * read apart ({@link #coreRelocations}), so that a broken one does not cost the line info, and never
 * written: bpfj's own objects need none.
 *
 * @param funcInfo section name → records in file order
 * @param lineInfo section name → records in file order
 */
public record BtfExt(Map<String, List<FuncRecord>> funcInfo, Map<String, List<LineRecord>> lineInfo) {

    public BtfExt {
        funcInfo = Collections.unmodifiableMap(new LinkedHashMap<>(funcInfo));
        lineInfo = Collections.unmodifiableMap(new LinkedHashMap<>(lineInfo));
    }

    /** {@code bpf_func_info}: a function starting at {@code insnOff} bytes has BTF FUNC {@code typeId}. */
    public record FuncRecord(int insnOff, int typeId) {}

    /**
     * {@code bpf_line_info}, with its strings resolved.
     *
     * @param insnOff byte offset of the first instruction of this line
     */
    public record LineRecord(int insnOff, String file, String text, int line, int column) {}

    public static final int FUNC_RECORD_SIZE = 8;
    public static final int CORE_RELO_RECORD_SIZE = 16;
    public static final int LINE_RECORD_SIZE = 16;

    private static BtfFormatException fail(String where, String problem) {
        return new BtfFormatException(where, problem);
    }

    /** Reads a {@code .BTF.ext} section; its strings live in {@code btf}. */
    public static BtfExt parse(byte[] data, ByteOrder order, Btf btf) {
        Slice all = new Slice(data, order, ".BTF.ext", BtfExt::fail);
        if (data.length < 8) {
            throw fail(".BTF.ext", "the header needs at least 8 bytes, the section has " + data.length);
        }
        if (all.u16(0) != Btf.MAGIC) {
            throw fail(".BTF.ext", String.format("bad magic 0x%04x (expected 0xeb9f)", all.u16(0)));
        }
        if (all.u8(2) != 1) {
            throw fail(".BTF.ext", "unsupported version " + all.u8(2));
        }
        long hdrLen = all.u32L(4);
        if (hdrLen < 24 || hdrLen > data.length || hdrLen % 4 != 0) {
            throw fail(".BTF.ext", "header length " + hdrLen + " is not a multiple of 4 between 24 and the section size");
        }
        Slice body = all.slice(hdrLen, data.length - hdrLen, ".BTF.ext");
        Map<String, List<FuncRecord>> funcs = new LinkedHashMap<>();
        Map<String, List<LineRecord>> lines = new LinkedHashMap<>();
        readSubsection(body, all.u32L(8), all.u32L(12), FUNC_RECORD_SIZE, "func_info", btf, (sec, rec, recSize) -> {
            int typeId = rec.u32(4);
            funcs.computeIfAbsent(sec, k -> new ArrayList<>()).add(new FuncRecord(rec.u32(0), typeId));
        });
        readSubsection(body, all.u32L(16), all.u32L(20), LINE_RECORD_SIZE, "line_info", btf, (sec, rec, recSize) -> {
            long fileOff = rec.u32L(4);
            long lineOff = rec.u32L(8);
            int lineCol = rec.u32(12);
            String where = ".BTF.ext line_info for section " + sec;
            if (!btf.isStringOffset(fileOff) || !btf.isStringOffset(lineOff)) {
                throw fail(where, "file name or line text offset (" + fileOff + ", " + lineOff + ") is not a string in .BTF");
            }
            lines.computeIfAbsent(sec, k -> new ArrayList<>()).add(new LineRecord(rec.u32(0), btf.string(fileOff),
                    btf.string(lineOff), lineCol >>> 10, lineCol & 0x3ff));
        });
        return new BtfExt(funcs, lines);
    }

    /**
     * The CO-RE relocation records of a {@code .BTF.ext} section (empty when its header has no
     * {@code core_relo} subsection), per ELF section in file order.
     *
     * @throws BtfFormatException naming the subsection, section and record that is malformed: an
     *     unknown kind, an access string that is not a string of {@code .BTF}, an offset that is not
     *     an instruction's
     */
    public static Map<String, List<CoreRelocation>> coreRelocations(byte[] data, ByteOrder order, Btf btf) {
        Slice all = new Slice(data, order, ".BTF.ext", BtfExt::fail);
        if (data.length < 8 || all.u16(0) != Btf.MAGIC) {
            throw fail(".BTF.ext", "not a .BTF.ext section");
        }
        long hdrLen = all.u32L(4);
        if (hdrLen < 32) {
            return Map.of();
        }
        if (hdrLen > data.length) {
            throw fail(".BTF.ext", "header length " + hdrLen + " runs past the section");
        }
        Slice body = all.slice(hdrLen, data.length - hdrLen, ".BTF.ext");
        Map<String, List<CoreRelocation>> out = new LinkedHashMap<>();
        readSubsection(body, all.u32L(24), all.u32L(28), CORE_RELO_RECORD_SIZE, "core_relo", btf, (sec, rec, recSize) -> {
            List<CoreRelocation> list = out.computeIfAbsent(sec, k -> new ArrayList<>());
            String where = ".BTF.ext core_relo record #" + list.size() + " for section " + sec;
            long insnOff = rec.u32L(0);
            long typeId = rec.u32L(4);
            long accessOff = rec.u32L(8);
            long kindValue = rec.u32L(12);
            CoreRelocation.Kind kind = CoreRelocation.Kind.of(kindValue);
            if (kind == null) {
                throw fail(where, "unknown CO-RE relocation kind " + kindValue + " (libbpf knows 0 to 12)");
            }
            if (insnOff % 8 != 0 || insnOff > Integer.MAX_VALUE) {
                throw fail(where, "insn_off " + insnOff + " is not the offset of an instruction");
            }
            if (typeId > btf.typeCount()) {
                throw fail(where, "type id " + typeId + " is not in .BTF (" + btf.typeCount() + " types)");
            }
            if (!btf.isStringOffset(accessOff)) {
                throw fail(where, "access string offset " + accessOff + " is not a string in .BTF");
            }
            list.add(new CoreRelocation(sec, list.size(), (int) insnOff, (int) typeId, btf.string(accessOff), kind));
        });
        Map<String, List<CoreRelocation>> frozen = new LinkedHashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }

    private interface RecordSink {
        void accept(String section, Slice record, int recordSize);
    }

    private static void readSubsection(Slice body, long off, long len, int minSize, String what, Btf btf, RecordSink sink) {
        if (len == 0) {
            return;
        }
        String where = ".BTF.ext " + what;
        if (off % 4 != 0 || !body.fits(off, len)) {
            throw fail(where, "[" + off + ", +" + len + ") is misaligned or runs past the section");
        }
        Slice s = body.slice(off, len, where);
        long recSize = s.u32L(0);
        if (recSize < minSize || recSize % 4 != 0 || recSize > 252) {
            throw fail(where, "record size " + recSize + " (must be a multiple of 4, at least " + minSize + ")");
        }
        long pos = 4;
        while (pos < len) {
            if (len - pos < 8) {
                throw fail(where, "truncated section header at offset " + pos);
            }
            long nameOff = s.u32L(pos);
            long count = s.u32L(pos + 4);
            if (!btf.isStringOffset(nameOff)) {
                throw fail(where, "section name offset " + nameOff + " is not a string in .BTF");
            }
            String section = btf.string(nameOff);
            if (count == 0) {
                throw fail(where + " for section " + section, "has no records");
            }
            pos += 8;
            if (count > (len - pos) / recSize) {
                throw fail(where + " for section " + section, count + " records of " + recSize
                        + " bytes run past the subsection");
            }
            for (long i = 0; i < count; i++) {
                sink.accept(section, s.slice(pos, recSize, where), (int) recSize);
                pos += recSize;
            }
        }
    }

    /** Encodes the records, looking up section names, file names and line texts in {@code btf}'s string table. */
    public byte[] encode(ByteOrder order, BtfWriter.Encoded btf) {
        ByteSink funcs = new ByteSink(order);
        if (!funcInfo.isEmpty()) {
            funcs.u32(FUNC_RECORD_SIZE);
            for (Map.Entry<String, List<FuncRecord>> e : funcInfo.entrySet()) {
                funcs.u32(btf.string(e.getKey())).u32(e.getValue().size());
                for (FuncRecord r : e.getValue()) {
                    funcs.u32(r.insnOff()).u32(r.typeId());
                }
            }
        }
        ByteSink lines = new ByteSink(order);
        if (!lineInfo.isEmpty()) {
            lines.u32(LINE_RECORD_SIZE);
            for (Map.Entry<String, List<LineRecord>> e : lineInfo.entrySet()) {
                lines.u32(btf.string(e.getKey())).u32(e.getValue().size());
                for (LineRecord r : e.getValue()) {
                    lines.u32(r.insnOff()).u32(btf.string(r.file())).u32(btf.string(r.text()));
                    lines.u32((long) r.line() << 10 | Math.min(r.column(), 1023));
                }
            }
        }
        byte[] f = funcs.toByteArray();
        byte[] l = lines.toByteArray();
        ByteSink out = new ByteSink(order);
        // clang's 32-byte header: func_info, line_info and an empty CO-RE relocation subsection
        out.u16(Btf.MAGIC).u8(1).u8(0).u32(32);
        out.u32(0).u32(f.length).u32(f.length).u32(l.length).u32(f.length + l.length).u32(0);
        out.bytes(f).bytes(l);
        return out.toByteArray();
    }
}
