package dev.bpfj.dsl;

import dev.bpfj.core.XdpAction;

/** A condition waiting for its consequence: {@code when(ttl.le(1)).ret(XdpAction.DROP)}. */
public final class When {
    private final Gen gen;
    private final Cond cond;

    When(Gen gen, Cond cond) {
        this.gen = gen;
        this.cond = cond;
    }

    /** Returns {@code action} from the program when the condition holds: one conditional jump. */
    public void ret(XdpAction action) {
        gen.checkMayReturn();
        gen.branch(cond, true, gen.retLabel(action.value()));
    }

    /** Returns a computed value when the condition holds. */
    public void ret(Value action) {
        if (action.isConstant()) {
            gen.checkMayReturn();
            gen.branch(cond, true, gen.retLabel(action.constant()));
            return;
        }
        String skip = gen.code().newLabel("skip");
        gen.branch(cond, false, skip);
        gen.ret(action);
        gen.code().label(skip);
    }

    /** Runs {@code body} when the condition holds. */
    public Otherwise then(Runnable body) {
        String skip = gen.code().newLabel("else");
        gen.branch(cond, false, skip);
        gen.scoped(body);
        return Otherwise.after(gen, skip);
    }
}
