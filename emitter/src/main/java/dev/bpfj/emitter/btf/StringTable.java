package dev.bpfj.emitter.btf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * An append-only table of NUL-terminated strings, each stored once; offset 0 is the empty string.
 * Offsets never change once handed out, so callers may record them before the table is finished.
 */
public final class StringTable {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Map<String, Integer> offsets = new HashMap<>();

    public StringTable() {
        bytes.write(0);
        offsets.put("", 0);
    }

    public int add(String s) {
        Integer off = offsets.get(s);
        if (off != null) {
            return off;
        }
        int at = bytes.size();
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        for (byte x : b) {
            if (x == 0) {
                throw new IllegalArgumentException("string contains NUL: " + s);
            }
        }
        bytes.writeBytes(b);
        bytes.write(0);
        offsets.put(s, at);
        return at;
    }

    /** The offset of a string already added, or -1. */
    public int find(String s) {
        Integer off = offsets.get(s);
        return off == null ? -1 : off;
    }

    public int size() {
        return bytes.size();
    }

    public byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
