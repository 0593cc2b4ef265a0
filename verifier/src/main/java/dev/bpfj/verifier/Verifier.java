package dev.bpfj.verifier;

import dev.bpfj.core.Instruction;
import dev.bpfj.core.ProgramType;
import dev.bpfj.core.SourceLocation;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Tells, without root, whether Linux 6.18 will load a program, and if not, why, where and on which
 * path — following the kernel's own verifier ({@code kernel/bpf/verifier.c}) check by check and
 * reporting its messages.
 *
 * <pre>{@code
 * Verdict v = Verifier.create().verify(object, object.programs().get(0));
 * if (v.rejected()) System.err.println(v.render());
 * }</pre>
 *
 * <p>Immutable and thread-safe; each call verifies independently.
 */
public final class Verifier {
    /** Linux's limit on instructions per program for CAP_BPF loaders ({@code BPF_COMPLEXITY_LIMIT_INSNS}). */
    public static final int MAX_INSNS = 1_000_000;

    private final Profile profile;
    private final int traceLines;

    private Verifier(Profile profile, int traceLines) {
        this.profile = profile;
        this.traceLines = traceLines;
    }

    /** A verifier for the default profile, root on Linux 6.18. */
    public static Verifier create() {
        return new Verifier(Profile.ROOT, 0);
    }

    public static Verifier create(Profile profile) {
        return new Verifier(Objects.requireNonNull(profile, "profile"), 0);
    }

    public Profile profile() {
        return profile;
    }

    /** The same verifier recording up to {@code lines} lines of a kernel-style instruction trace in {@link Verdict#log()}. */
    public Verifier withTrace(int lines) {
        return new Verifier(profile, lines);
    }

    /** Verifies every program of the object, in object order. */
    public List<Verdict> verify(ObjectSpec object) {
        List<Verdict> out = new ArrayList<>(object.programs().size());
        for (ProgramSpec p : object.programs()) {
            out.add(verify(object, p));
        }
        return out;
    }

    public Verdict verify(ObjectSpec object, ProgramSpec program) {
        long start = System.nanoTime();
        Instruction[] insns = program.bySlot();
        Trace trace = traceLines > 0 ? new Trace(traceLines) : null;
        Checker checker = null;
        try {
            if (insns.length == 0) {
                throw new Reject(-1, "empty program: the kernel refuses a load of 0 instructions (EINVAL)");
            }
            if (insns.length > MAX_INSNS) {
                throw new Reject(-1, "program of " + insns.length + " insns is larger than the kernel's limit of "
                        + MAX_INSNS + " (E2BIG, no verifier log)");
            }
            if (program.type() == ProgramType.UNSPEC) {
                throw new Reject(-1, "unknown program type: section '" + program.section()
                        + "' does not name one (give the section a libbpf name such as \"xdp\")");
            }
            if (!isModelled(program.type())) {
                // never claim to know what Linux does with a context, helper set or attach rules bpfj has not modelled
                return Verdict.unsupported(program.name(), program.section(), "bpfj verifies XDP, socket filter and tc"
                        + " programs only; " + program.type().displayName() + " programs are not modelled (use --type"
                        + " xdp, socket or tc if it is one)", System.nanoTime() - start);
            }
            Cfg cfg = Cfg.build(insns, true, insn -> Checker.checkMapLoad(object, insn),
                    (insn, at, first) -> KfuncChecks.checkAtLoad(object, program, insn, at, first), program.functions());
            checker = new Checker(object, program, profile, cfg, trace);
            checker.run();
            checker.checkMaxStackDepth();
            checker.checkTailCallMaps();
            long processed = checker.processed;
            return new Verdict(program.name(), program.section(), true, null, List.of(), -1, null, null, List.of(), "",
                    null, processed, checker.totalStates, checker.peakStates, System.nanoTime() - start,
                    trace == null ? "" : trace.toString(), true);
        } catch (Reject r) {
            return rejected(program, insns, r, checker, trace, start);
        } catch (RuntimeException | StackOverflowError e) {
            Reject r = new Reject(checker == null ? -1 : checker.insnIdx,
                    "bpfj internal error (" + e + "); please report it with the object file");
            return rejected(program, insns, r, checker, trace, start);
        }
    }

    /** The program types whose context, helper set and return rules bpfj models. */
    public static boolean isModelled(ProgramType type) {
        return switch (type) {
            case XDP, SOCKET_FILTER, SCHED_CLS, SCHED_ACT -> true;
            default -> false;
        };
    }

    private static Verdict rejected(ProgramSpec program, Instruction[] insns, Reject r, Checker checker, Trace trace,
                                    long start) {
        List<String> lines = Arrays.asList(r.getMessage().split("\n"));
        // the line that names the failure: the last one, except where the kernel appends state dumps
        String last = lines.get(0).startsWith("infinite loop detected") ? lines.get(0) : lines.get(lines.size() - 1);
        int insn = r.insn;
        Instruction at = insn >= 0 && insn < insns.length ? insns[insn] : null;
        SourceLocation src = sourceFor(insns, insn);
        String regs = checker == null || checker.cur == null ? "" : RegFormat.state(checker.cur);
        List<String> path = checker == null ? List.of() : checker.pathOf(checker.cur);
        long processed = checker == null ? 0 : checker.processed;
        return new Verdict(program.name(), program.section(), false, last, lines, insn, src,
                at == null ? null : at.toString(), path, regs,
                r.modelled() ? Hints.forMessage(lines.get(0), last, program.type()) : null,
                processed, checker == null ? 0 : checker.totalStates, checker == null ? 0 : checker.peakStates,
                System.nanoTime() - start, trace == null ? "" : trace.toString(), r.modelled());
    }

    /** The line info covering a slot: the nearest instruction at or before it that has one. */
    private static SourceLocation sourceFor(Instruction[] insns, int insn) {
        for (int i = Math.min(insn, insns.length - 1); i >= 0; i--) {
            if (insns[i] != null && insns[i].source() != null) {
                return insns[i].source();
            }
        }
        return null;
    }
}
