package dev.bpfj.dsl;

import java.util.List;
import java.util.function.Consumer;

/**
 * A bpf-to-bpf function of a program: compiled once, called with {@link #call}. Its body receives its
 * {@link Args} — numbers, header views of the caller's packet, structs of the caller's — and returns with
 * {@code ret(value)}. It can use maps, helpers and the packet (the context is passed along as a hidden first
 * argument), but not the caller's values or views except those passed in. Declare it as a field:
 *
 * <pre>{@code
 * final Function decrementTtl = function("dec_ttl", ScalarType.U32, args -> {
 *     var ip = args.header(0, Ipv4.LAYOUT);
 *     ret(checksum().decrementTtl(ip));
 * }, Param.header(Ipv4.LAYOUT));
 * }</pre>
 *
 * At most four parameters fit the calling convention (r2..r5, r1 carries the context); pass a struct for
 * more. If the body moves packet data ({@code adjustHead} ...), every view of the caller dies at the call.
 */
public final class Function {
    final XdpProgram owner;
    final String name;
    final ScalarType result;
    final List<Param> params;
    final Consumer<Args> body;
    final boolean callback;

    Function(XdpProgram owner, String name, ScalarType result, List<Param> params, Consumer<Args> body,
             boolean callback) {
        this.owner = owner;
        this.name = name;
        this.result = result;
        this.params = List.copyOf(params);
        this.body = body;
        this.callback = callback;
        if (!callback && params.size() > 4) {
            throw new BpfBuildException(null, "function " + name + " takes at most 4 parameters (r2..r5; r1 carries the"
                    + " context), not " + params.size() + "; put the rest in a struct and pass Param.struct(LAYOUT)");
        }
    }

    public String name() {
        return name;
    }

    /**
     * Calls the function with one argument per parameter: a {@link Value} (or a Java number) for a number,
     * a {@link Header} for {@code Param.header}, a {@link Cursor} for {@code Param.cursor}, a {@link Struct}
     * for {@code Param.struct}. Returns its result.
     */
    public Value call(Object... args) {
        Gen g = owner.gen();
        if (callback) {
            throw g.error(name + " is a bpf_loop body, not a callable function");
        }
        if (args.length != params.size()) {
            throw g.error("function " + name + " takes " + params.size() + " arguments " + params + ", not " + args.length);
        }
        for (int i = 0; i < args.length; i++) {
            check(g, i, args[i]);
        }
        XdpProgram.Compiled compiled = owner.use(this); // compiled before the call: its properties are known
        Gen.Arg[] all = new Gen.Arg[args.length + 1];
        all[0] = new Gen.RegArg(g.ctx());
        for (int i = 0; i < args.length; i++) {
            all[i + 1] = switch (params.get(i)) {
                case ScalarType t -> Gen.arg(g, Gen.convert(args[i] instanceof Value v ? v
                        : Value.of(t, ((Number) args[i]).longValue()), t));
                case Param.HeaderParam<?> h -> {
                    Header<?> view = (Header<?>) args[i];
                    view.checkAlive();
                    yield view.offset == 0 ? new Gen.RegArg(view.base) : new Gen.PtrArg(view.base, view.offset);
                }
                case Param.StructParam<?> s -> ((Struct<?>) args[i]).prepare();
                case Param.CursorParam c -> {
                    Cursor cursor = (Cursor) args[i];
                    cursor.checkAlive();
                    yield new Gen.RegArg(cursor.reg);
                }
            };
        }
        g.calls.add(name);
        Value result = g.callLocal(name, this.result, all);
        if (compiled.changesPacket()) {
            g.packetChanged(); // the callee moved packet data: the kernel forgets the caller's packet bounds too
        }
        return result;
    }

    private void check(Gen g, int i, Object arg) {
        Param p = params.get(i);
        boolean ok = switch (p) {
            case ScalarType t -> arg instanceof Value || arg instanceof Long || arg instanceof Integer
                    || arg instanceof Short || arg instanceof Byte;
            case Param.HeaderParam<?> h -> arg instanceof Header<?> view && view.layout == h.layout();
            case Param.StructParam<?> s -> arg instanceof Struct<?> st && st.layout == s.layout();
            case Param.CursorParam c -> arg instanceof Cursor;
        };
        if (!ok) {
            throw g.error("argument #" + i + " of " + name + " must be a " + (p instanceof ScalarType t ? t + " value"
                    : p.toString()) + ", not " + (arg == null ? "null" : arg));
        }
    }

    @Override
    public String toString() {
        return result + " " + name + params;
    }
}
