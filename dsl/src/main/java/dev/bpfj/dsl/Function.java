package dev.bpfj.dsl;

import java.util.List;
import java.util.function.Consumer;

/**
 * A bpf-to-bpf function of a program: compiled once, called with {@link #call}. Its body receives the
 * parameters as values and returns with {@code ret(value)}; it can use maps, helpers and the packet
 * (the context is passed along as a hidden first argument), but not values or views of its caller.
 * Declare it as a field: {@code final Function fold = function("csum_fold", U32, args -> ..., U32);}.
 */
public final class Function {
    final XdpProgram owner;
    final String name;
    final ScalarType result;
    final List<ScalarType> params;
    final Consumer<Value[]> body;
    final boolean callback;

    Function(XdpProgram owner, String name, ScalarType result, List<ScalarType> params, Consumer<Value[]> body,
             boolean callback) {
        this.owner = owner;
        this.name = name;
        this.result = result;
        this.params = List.copyOf(params);
        this.body = body;
        this.callback = callback;
        if (params.size() > (callback ? 2 : 4)) {
            throw new BpfBuildException(null, "function " + name + " takes at most 4 parameters (r2..r5; r1 carries the"
                    + " context), not " + params.size());
        }
    }

    public String name() {
        return name;
    }

    /** Calls the function; returns its result. */
    public Value call(Value... args) {
        Gen g = owner.gen();
        if (callback) {
            throw g.error(name + " is a bpf_loop body, not a callable function");
        }
        if (args.length != params.size()) {
            throw g.error("function " + name + " takes " + params.size() + " arguments, not " + args.length);
        }
        Gen.Arg[] all = new Gen.Arg[args.length + 1];
        all[0] = new Gen.RegArg(g.ctx());
        for (int i = 0; i < args.length; i++) {
            all[i + 1] = Gen.arg(g, Gen.convert(args[i], params.get(i)));
        }
        owner.use(this);
        return g.callLocal(name, result, all);
    }

    @Override
    public String toString() {
        return result + " " + name + params;
    }
}
