package dev.bpfj.dsl;

import dev.bpfj.core.JumpOp;
import dev.bpfj.core.XdpAction;
import java.util.function.Consumer;

/**
 * The result of a map lookup: a pointer that may be NULL. It becomes a usable {@link Ref} only where
 * it is known not to be — inside {@link #ifPresent} or after {@link #orReturn} — exactly where the
 * verifier allows dereferencing it.
 */
public final class MapValue {
    private final Gen gen;
    private final int reg;
    private final DataType type;
    private final boolean perCpu;
    private boolean used;

    MapValue(Gen gen, int reg, DataType type, boolean perCpu) {
        this.gen = gen;
        this.reg = reg;
        this.type = type;
        this.perCpu = perCpu;
    }

    private void once() {
        if (used) {
            throw gen.error("this lookup result was used already; keep the Ref from ifPresent/orReturn instead");
        }
        used = true;
    }

    /** Runs {@code body} with the value when the key was found. */
    public Otherwise ifPresent(Consumer<Ref> body) {
        once();
        String skip = gen.code().newLabel("missing");
        gen.code().jumpImm(true, JumpOp.JEQ, reg, 0, skip);
        gen.scoped(() -> body.accept(new Ref(gen, reg, type, perCpu)));
        return Otherwise.after(gen, skip);
    }

    /** The value, returning {@code action} from the program when the key is missing. */
    public Ref orReturn(XdpAction action) {
        once();
        gen.code().jumpImm(true, JumpOp.JEQ, reg, 0, gen.retLabel(action.value()));
        return new Ref(gen, reg, type, perCpu);
    }

    /** Whether the key was found, as a condition. */
    public Cond isPresent() {
        return new Value(gen, ScalarType.U64, reg).ne(0);
    }
}
