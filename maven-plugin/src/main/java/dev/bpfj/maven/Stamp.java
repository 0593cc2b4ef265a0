package dev.bpfj.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the build goal remembers about an object it wrote: the fingerprint of its inputs and the
 * summary row, so an up-to-date program is reported without being rebuilt, and the object's file
 * name, so the object of a renamed or deleted program is removed.
 */
record Stamp(String fingerprint, long size, int insns, int maps, String verdict, String object) {

    static Stamp read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String[] f = Files.readString(file).strip().split("\t");
        if (f.length != 6) {
            return null;
        }
        try {
            return new Stamp(f[0], Long.parseLong(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4], f[5]);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    void write(Path file) throws IOException {
        AtomicFiles.write(file, String.join("\t", fingerprint, Long.toString(size), Integer.toString(insns),
                Integer.toString(maps), verdict, object).concat("\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
