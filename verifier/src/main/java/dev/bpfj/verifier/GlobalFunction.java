package dev.bpfj.verifier;

import dev.bpfj.core.ProgramType;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.FunctionInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A global (non-static) subprogram: Linux verifies it once on its own, with arguments typed by its
 * BTF prototype, and at each call only checks that the arguments match ({@code btf_prepare_func_args},
 * {@code btf_check_func_arg_match}).
 *
 * @param index the subprogram number ({@code func#N})
 * @param name its name
 * @param args one kind per parameter
 */
record GlobalFunction(int index, String name, List<Arg> args) {

    enum Kind { SCALAR, CTX, MEM }

    /** One parameter; {@code memSize} is the pointee size of a {@link Kind#MEM} argument. */
    record Arg(Kind kind, int memSize) {}

    /**
     * Reads the prototype; throws {@link Reject} with the kernel's message when Linux refuses it.
     * {@code at} is the instruction to blame.
     */
    static GlobalFunction of(int index, FunctionInfo fi, ProgramType type, int at) {
        String name = fi.name();
        BtfType.FuncProto proto = fi.proto();
        if (proto == null) {
            throw new Reject(at, "Global functions need valid BTF");
        }
        if (proto.params().size() > 5) {
            throw new Reject(at, String.format("Global function %s() with %d > %d args. Buggy compiler.", name,
                    proto.params().size(), 5));
        }
        BtfType ret = skipModifiers(proto.returnType());
        if (!(ret instanceof BtfType.Int) && !(ret instanceof BtfType.Enum)) {
            throw new Reject(at, String.format("Global function %s() doesn't return scalar. Only those are supported.",
                    name));
        }
        List<Arg> args = new ArrayList<>();
        for (int i = 0; i < proto.params().size(); i++) {
            BtfType t = skipModifiers(proto.params().get(i).type());
            if (t instanceof BtfType.Ptr p) {
                BtfType pointee = skipModifiers(p.target());
                if (isProgCtx(pointee, type)) {
                    args.add(new Arg(Kind.CTX, 0));
                    continue;
                }
                int size = sizeOf(pointee);
                if (size < 0) {
                    throw new Reject(at, String.format("arg#%d reference type('%s %s') size cannot be determined: -22",
                            i, kindName(pointee), typeName(pointee)));
                }
                args.add(new Arg(Kind.MEM, size));
            } else if (t instanceof BtfType.Int || t instanceof BtfType.Enum) {
                args.add(new Arg(Kind.SCALAR, 0));
            } else {
                throw new Reject(at, String.format("Arg#%d type %s in %s() is not supported yet.", i, kindName(t), name));
            }
        }
        return new GlobalFunction(index, name, args);
    }

    static BtfType skipModifiers(BtfType t) {
        while (t instanceof BtfType.Typedef td || t instanceof BtfType.Qualifier) {
            t = t instanceof BtfType.Typedef td2 ? td2.type() : ((BtfType.Qualifier) t).type();
        }
        return t;
    }

    /** {@code btf_is_prog_ctx_type}: a pointer to the program type's uapi context struct. */
    private static boolean isProgCtx(BtfType pointee, ProgramType type) {
        String ctx = switch (type) {
            case XDP -> "xdp_md";
            case SOCKET_FILTER, SCHED_CLS, SCHED_ACT, CGROUP_SKB, LWT_IN, LWT_OUT, LWT_XMIT, SK_SKB -> "__sk_buff";
            default -> null;
        };
        return ctx != null && pointee instanceof BtfType.Struct s && !s.union() && ctx.equals(s.name());
    }

    private static int sizeOf(BtfType t) {
        t = skipModifiers(t);
        return switch (t) {
            case BtfType.Int i -> i.size();
            case BtfType.Enum e -> e.size();
            case BtfType.Struct s -> s.size();
            case BtfType.Ptr p -> 8;
            case BtfType.Float f -> f.size();
            case BtfType.Array a -> {
                int e = sizeOf(a.element());
                yield e < 0 ? -1 : e * a.count();
            }
            default -> -1;
        };
    }

    private static String kindName(BtfType t) {
        return switch (t) {
            case BtfType.Void v -> "void";
            case BtfType.Struct s -> s.union() ? "union" : "struct";
            case BtfType.Fwd f -> "fwd";
            case BtfType.FuncProto f -> "func_proto";
            case BtfType.Float f -> "float";
            default -> "unknown";
        };
    }

    private static String typeName(BtfType t) {
        return switch (t) {
            case BtfType.Struct s -> s.name() == null ? "" : s.name();
            case BtfType.Fwd f -> f.name();
            default -> "";
        };
    }
}
