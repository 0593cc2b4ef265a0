package dev.bpfj.dsl;

import java.util.List;

/** The arguments a {@link Function}'s body receives, one per declared {@link Param}. */
public final class Args {
    private final Gen gen;
    private final String function;
    private final List<Param> params;
    private final Object[] values;

    Args(Gen gen, String function, List<Param> params, Object[] values) {
        this.gen = gen;
        this.function = function;
        this.params = params;
        this.values = values;
    }

    public int size() {
        return values.length;
    }

    private Object at(int i, Class<? extends Param> kind, Layout<?> layout) {
        if (i < 0 || i >= values.length) {
            throw gen.error("function " + function + " has " + values.length + " parameters; there is no #" + i);
        }
        Param p = params.get(i);
        boolean layoutMatches = switch (p) {
            case Param.HeaderParam<?> h -> h.layout() == layout;
            case Param.StructParam<?> s -> s.layout() == layout;
            case ScalarType t -> true;
            case Param.CursorParam c -> true;
        };
        if (!kind.isInstance(p) || !layoutMatches) {
            throw gen.error("parameter #" + i + " of function " + function + " is a " + p + ", not a "
                    + (kind == ScalarType.class ? "number" : kind == Param.CursorParam.class ? "cursor"
                            : (kind == Param.HeaderParam.class ? "header " : "struct ") + layout.name()));
        }
        return values[i];
    }

    /** Parameter {@code i}, a number. */
    public Value get(int i) {
        return (Value) at(i, ScalarType.class, null);
    }

    /** Parameter {@code i}, a header view of the caller's packet (declared {@code Param.header(layout)}). */
    @SuppressWarnings("unchecked")
    public <S> Header<S> header(int i, Layout<S> layout) {
        return (Header<S>) at(i, Param.HeaderParam.class, layout);
    }

    /** Parameter {@code i}, a position in the caller's packet (declared {@code Param.cursor()}); moving it moves this copy only. */
    public Cursor cursor(int i) {
        return (Cursor) at(i, Param.CursorParam.class, null);
    }

    /** Parameter {@code i}, a struct of the caller's (declared {@code Param.struct(layout)}). */
    @SuppressWarnings("unchecked")
    public <S> Struct<S> struct(int i, Layout<S> layout) {
        return (Struct<S>) at(i, Param.StructParam.class, layout);
    }
}
