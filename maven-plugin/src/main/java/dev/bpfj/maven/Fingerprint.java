package dev.bpfj.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 over everything an output depends on, so an unchanged input is not rebuilt. */
final class Fingerprint {
    private final MessageDigest digest;

    Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    Fingerprint add(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        add(b.length);
        digest.update(b);
        return this;
    }

    Fingerprint add(byte[] bytes) {
        add(bytes.length);
        digest.update(bytes);
        return this;
    }

    Fingerprint add(long value) {
        for (int i = 0; i < 8; i++) {
            digest.update((byte) (value >>> (8 * i)));
        }
        return this;
    }

    Fingerprint addFile(Path file) throws IOException {
        add(file.getFileName().toString());
        return add(Files.readAllBytes(file));
    }

    Fingerprint addFiles(Iterable<Path> files) throws IOException {
        for (Path f : files) {
            addFile(f);
        }
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
