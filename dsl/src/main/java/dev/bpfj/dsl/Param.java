package dev.bpfj.dsl;

/**
 * What a {@link Function} takes: a number ({@link ScalarType}), a header view of the caller's packet
 * ({@link #header}), a position in it ({@link #cursor}), or a struct in the caller's frame
 * ({@link #struct}, which the function reads and writes in place — the way to pass more than four
 * values, or to return several).
 */
public sealed interface Param permits ScalarType, Param.HeaderParam, Param.StructParam, Param.CursorParam {

    /** A bounds-checked header view: the function reads and writes the caller's packet through it. */
    static <S> HeaderParam<S> header(Layout<S> layout) {
        return new HeaderParam<>(layout);
    }

    /** A struct of the caller's, passed by pointer: the function sees and changes the caller's bytes. */
    static <S> StructParam<S> struct(Layout<S> layout) {
        return new StructParam<>(layout);
    }

    /**
     * A {@link Cursor} of the caller's, passed by value as C passes a {@code void *}: the function parses
     * from there (its headers are bounds-checked in the function) and may move its copy; the caller's
     * cursor stays where it was.
     */
    static CursorParam cursor() {
        return CursorParam.INSTANCE;
    }

    record CursorParam() implements Param {
        static final CursorParam INSTANCE = new CursorParam();

        @Override
        public String toString() {
            return "cursor";
        }
    }

    record HeaderParam<S>(Layout<S> layout) implements Param {
        @Override
        public String toString() {
            return "header " + layout.name();
        }
    }

    record StructParam<S>(Layout<S> layout) implements Param {
        @Override
        public String toString() {
            return "struct " + layout.name() + " *";
        }
    }
}
