package dev.bpfj.emitter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.BpfException;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.emitter.elf.ElfFile;
import dev.bpfj.emitter.text.ObjectTextParser;
import dev.bpfj.emitter.text.ObjectTextWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Thousands of damaged objects — bit flips, truncations, smashed header, section and symbol
 * fields, damaged BTF — thrown at the reader: it may refuse them only with a typed error
 * ({@link BpfException}), never with another exception, a hang or an out-of-memory; and what it
 * does read (every fourth object), the writer and the text format handle the same way.
 */
public class ElfFuzzTest {
    static final int PER_FIXTURE = 300;
    static final long[] SMASH = {0, 1, 7, 8, 0x7f, 0xff, 0xffff, 0x7fffffff, 0x80000000L, 0xffffffffL, -1L, 1L << 40};

    record Outcome(int read, int refused) {}

    @Test
    void mutatedFixturesFailOnlyWithTypedErrors() {
        SplittableRandom random = new SplittableRandom(0x5eed_b9f1L);
        int read = 0;
        int refused = 0;
        List<String> fixtures = Fixtures.all();
        for (String fixture : fixtures) {
            byte[] original = Fixtures.bytes(fixture);
            ElfFile elf = ElfFile.parse(original);
            for (int i = 0; i < PER_FIXTURE; i++) {
                long seed = random.nextLong();
                byte[] mutated = mutate(original, elf, new SplittableRandom(seed));
                Outcome o = attempt(mutated, fixture + " mutation seed " + seed, i % 4 == 0);
                read += o.read();
                refused += o.refused();
            }
        }
        int total = fixtures.size() * PER_FIXTURE;
        System.out.printf("fuzz: %d mutated objects, %d read (maybe with diagnostics), %d refused with a typed error%n",
                total, read, refused);
        assertThat(read + refused).isEqualTo(total);
        assertThat(read).as("most mutations leave something readable").isGreaterThan(total / 10);
        assertThat(refused).as("many mutations break the object").isGreaterThan(total / 20);
    }

    private static Outcome attempt(byte[] bytes, String what, boolean writeBack) {
        ReadResult r;
        try {
            r = ElfReader.read(bytes);
        } catch (BpfException e) {
            assertThat(e.getMessage()).as(what).doesNotContain("internal error").isNotBlank().doesNotContain("\n");
            return new Outcome(0, 1);
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": untyped " + e, e);
        }
        for (Diagnostic d : r.diagnostics()) {
            assertThat(d.toString()).as(what).doesNotContain("\n");
        }
        ObjectSpec spec = r.object();
        if (!writeBack) {
            return new Outcome(1, 0);
        }
        try {
            ElfReader.read(ElfWriter.write(spec));
        } catch (BpfException e) {
            // a damaged object may hold what no object should (a bad name, a stray jump): refused cleanly
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": writing what was read failed untyped: " + e, e);
        }
        try {
            ObjectTextParser.parse(ObjectTextWriter.write(spec), "fuzz.s");
        } catch (BpfException e) {
            // same
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": the text round trip failed untyped: " + e, e);
        }
        return new Outcome(1, 0);
    }

    public static byte[] mutate(byte[] original, ElfFile elf, SplittableRandom rnd) {
        byte[] b = original.clone();
        ByteBuffer buf = ByteBuffer.wrap(b).order(elf.order());
        int kind = rnd.nextInt(8);
        switch (kind) {
            case 0 -> { // a few random bit flips anywhere
                int flips = 1 + rnd.nextInt(8);
                for (int k = 0; k < flips; k++) {
                    int at = rnd.nextInt(b.length);
                    b[at] ^= (byte) (1 << rnd.nextInt(8));
                }
            }
            case 1 -> { // truncation
                return Arrays.copyOf(b, rnd.nextInt(b.length));
            }
            case 2 -> { // ELF header field
                int[] fields = {4, 5, 6, 16, 18, 20, 40, 52, 58, 60, 62};
                int f = fields[rnd.nextInt(fields.length)];
                smash(buf, f, f == 40 ? 8 : f >= 52 || f == 16 || f == 18 ? 2 : f >= 20 ? 4 : 1, rnd);
            }
            case 3 -> { // a section header field
                int sec = rnd.nextInt(elf.sections().size());
                int[] offsets = {0, 4, 8, 24, 32, 40, 44, 48, 56};
                int f = offsets[rnd.nextInt(offsets.length)];
                long shoff = ByteBuffer.wrap(original).order(elf.order()).getLong(40);
                smash(buf, (int) shoff + sec * 64 + f, f == 0 || f == 4 || f == 40 || f == 44 ? 4 : 8, rnd);
            }
            case 4 -> { // a symbol field
                var symtab = elf.section(".symtab").orElseThrow();
                int n = (int) (symtab.size() / 24);
                int sym = rnd.nextInt(n);
                int[] offsets = {0, 4, 5, 6, 8, 16};
                int f = offsets[rnd.nextInt(offsets.length)];
                smash(buf, (int) symtab.offset() + sym * 24 + f, f == 0 ? 4 : f == 6 ? 2 : f >= 8 ? 8 : 1, rnd);
            }
            case 5 -> { // BTF and BTF.ext: the parts with the most structure
                var btf = rnd.nextBoolean() ? elf.section(".BTF") : elf.section(".BTF.ext");
                if (btf.isEmpty() || btf.get().size() < 8) {
                    return mutate(original, elf, rnd);
                }
                int at = (int) (btf.get().offset() + rnd.nextLong(btf.get().size() - 3) / 4 * 4);
                smash(buf, at, 4, rnd);
            }
            case 6 -> { // relocations or code
                List<ElfFile.Section> candidates = new ArrayList<>();
                for (ElfFile.Section s : elf.sections()) {
                    if ((s.type() == 9 || s.isExecutable() || s.name().equals(".maps") || s.name().equals("maps"))
                            && s.size() >= 8) {
                        candidates.add(s);
                    }
                }
                if (candidates.isEmpty()) {
                    return mutate(original, elf, rnd);
                }
                ElfFile.Section s = candidates.get(rnd.nextInt(candidates.size()));
                int at = (int) (s.offset() + rnd.nextLong(s.size() - 3) / 4 * 4);
                smash(buf, at, 4, rnd);
            }
            default -> { // several of the above at once
                byte[] once = mutate(original, elf, rnd);
                if (once.length != original.length) {
                    return once;
                }
                return mutate(once, elf, rnd);
            }
        }
        return b;
    }

    private static void smash(ByteBuffer buf, int at, int width, SplittableRandom rnd) {
        if (at < 0 || at + width > buf.capacity()) {
            return;
        }
        long v = rnd.nextInt(3) == 0 ? rnd.nextLong() : SMASH[rnd.nextInt(SMASH.length)];
        switch (width) {
            case 1 -> buf.put(at, (byte) v);
            case 2 -> buf.putShort(at, (short) v);
            case 4 -> buf.putInt(at, (int) v);
            default -> buf.putLong(at, v);
        }
    }
}
