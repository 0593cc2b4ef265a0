package dev.bpfj.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A shell script of the guide (docs/src/test/sh) whose tagged regions the pages quote: the kernel-backed
 * tests run a region after replacing the guide's names (veth0, xdp-demo, 192.0.2.x, pins) with names of
 * their own, so that runs on one machine do not collide and nothing is left behind.
 */
final class DocScript {
    private final Path file;
    private final Map<String, String> names = new LinkedHashMap<>();

    DocScript(String name) {
        this.file = SnippetsTest.ROOT.resolve("docs/src/test/sh").resolve(name);
    }

    /** Replaces {@code guide} by {@code own} in every region run from now on. */
    DocScript rename(String guide, String own) {
        names.put(guide, own);
        return this;
    }

    /** The region as the guide shows it. */
    String region(String tag) {
        try {
            return SnippetsTest.region(file, tag);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The region with this test's names. */
    String own(String tag) {
        String s = region(tag);
        for (Map.Entry<String, String> e : names.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        return s;
    }

    /** Runs the region with this test's names in {@code dir}. */
    Shell.Result run(String tag, Path dir) {
        return Shell.bash(own(tag), dir);
    }
}
