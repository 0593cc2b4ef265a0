package dev.bpfj.dsl;

/**
 * The end of a conditional block, where an {@code else} may still be attached:
 * {@code when(c, () -> ...).orWhen(d, () -> ...).otherwise(() -> ...)}. Attach it right away; once
 * another statement follows, the block is closed.
 */
public final class Otherwise {
    private final Gen gen;
    private final String elseLabel;
    private final String chainEnd;
    private final int tail;
    private final int position;
    private boolean used;

    private Otherwise(Gen gen, String elseLabel, String chainEnd, int tail) {
        this.gen = gen;
        this.elseLabel = elseLabel;
        this.chainEnd = chainEnd;
        this.tail = tail;
        this.position = gen.code().size();
    }

    /** Binds {@code elseLabel} here and returns the handle for an else branch. */
    static Otherwise after(Gen gen, String elseLabel) {
        gen.code().label(elseLabel);
        return new Otherwise(gen, elseLabel, null, 1);
    }

    private String reopen() {
        if (used) {
            throw gen.error("an else branch is attached once per block");
        }
        used = true;
        if (gen.code().size() != position) {
            throw gen.error("otherwise()/orWhen() must directly follow its block, but code was emitted in between: either"
                    + " a statement, or an orWhen() condition that computes (between(), host(), arithmetic) and so emits"
                    + " code as Java evaluates it; compute such values before the when(...)");
        }
        for (int i = 0; i < tail; i++) {
            gen.code().insns().remove(gen.code().size() - 1);
        }
        String end = chainEnd != null ? chainEnd : gen.code().newLabel("endif");
        if (gen.code().fallsThrough()) {
            gen.code().jump(end);
        }
        gen.code().label(elseLabel);
        return end;
    }

    /** Runs {@code body} when no condition of the chain held. */
    public void otherwise(Runnable body) {
        String end = reopen();
        gen.scoped(body);
        gen.code().label(end);
    }

    /** {@code else if}: runs {@code body} when the earlier conditions did not hold and {@code cond} does. */
    public Otherwise orWhen(Cond cond, Runnable body) {
        String end = reopen();
        String next = gen.code().newLabel("else");
        gen.branch(cond, false, next);
        gen.scoped(body);
        if (gen.code().fallsThrough()) {
            gen.code().jump(end);
        }
        gen.code().label(next);
        gen.code().label(end);
        return new Otherwise(gen, next, end, 2);
    }
}
