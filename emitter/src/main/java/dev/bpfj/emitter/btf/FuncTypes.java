package dev.bpfj.emitter.btf;

import static dev.bpfj.core.Opcodes.*;

import dev.bpfj.core.Instruction;
import dev.bpfj.core.ProgramType;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.btf.BtfType.FuncProto;
import dev.bpfj.core.btf.BtfType.Member;
import dev.bpfj.core.btf.BtfType.Param;
import java.util.ArrayList;
import java.util.List;

/**
 * BTF FUNC types for functions whose producer gave no prototype: an entry function gets
 * clang's {@code int name(struct <ctx> *ctx)}, a subprogram {@code int name(__u64 arg1, ...)} with as
 * many arguments as it reads of r1..r5 before writing them.
 */
public final class FuncTypes {
    private FuncTypes() {}

    /** {@code struct xdp_md} exactly as clang describes it from {@code linux/bpf.h}. */
    public static final BtfType.Struct XDP_MD = new BtfType.Struct("xdp_md", 24, List.of(
            new Member("data", BtfType.Typedef.U32, 0),
            new Member("data_end", BtfType.Typedef.U32, 32),
            new Member("data_meta", BtfType.Typedef.U32, 64),
            new Member("ingress_ifindex", BtfType.Typedef.U32, 96),
            new Member("rx_queue_index", BtfType.Typedef.U32, 128),
            new Member("egress_ifindex", BtfType.Typedef.U32, 160)));

    /** The context argument type of a program type, as clang would describe {@code ctx}. */
    public static BtfType contextType(ProgramType type) {
        return switch (type) {
            case XDP -> new BtfType.Ptr(XDP_MD);
            case SOCKET_FILTER, SCHED_CLS, SCHED_ACT, CGROUP_SKB, LWT_IN, LWT_OUT, LWT_XMIT, LWT_SEG6LOCAL, SK_SKB ->
                    new BtfType.Ptr(new BtfType.Fwd("__sk_buff", false));
            default -> new BtfType.Ptr(BtfType.Void.INSTANCE);
        };
    }

    /** The entry prototype: {@code int (struct xdp_md *ctx)} for XDP. */
    public static FuncProto entryProto(ProgramType type) {
        return new FuncProto(BtfType.Int.S32, List.of(new Param("ctx", contextType(type))));
    }

    /** A prototype for a function body: its own if given, else derived. */
    public static FuncProto protoFor(FuncProto given, List<Instruction> body, ProgramType entryType) {
        if (given != null) {
            return given;
        }
        if (entryType != null) {
            return entryProto(entryType);
        }
        int n = argumentCount(body);
        List<Param> params = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            params.add(new Param("arg" + i, BtfType.Typedef.U64));
        }
        return new FuncProto(BtfType.Int.S32, params);
    }

    /**
     * The highest of r1..r5 read before it is written, in instruction order; calls clobber r1..r5.
     * Straight-line and conservative: good enough to name arguments, which only global functions'
     * verification depends on, and those carry their prototype.
     */
    static int argumentCount(List<Instruction> body) {
        boolean[] written = new boolean[11];
        int highest = 0;
        for (Instruction insn : body) {
            for (int r : reads(insn)) {
                if (r >= 1 && r <= 5 && !written[r]) {
                    highest = Math.max(highest, r);
                }
            }
            if (insn.isCall()) {
                for (int r = 0; r <= 5; r++) {
                    written[r] = true;
                }
            }
            int w = writes(insn);
            if (w >= 0) {
                written[w] = true;
            }
        }
        return highest;
    }

    private static int[] reads(Instruction insn) {
        int cls = insn.cls();
        boolean x = insn.usesSrcRegister();
        return switch (cls) {
            case ALU, ALU64 -> {
                int op = insn.op();
                if (op == MOV) {
                    yield x ? new int[] {insn.src()} : new int[0];
                }
                yield x ? new int[] {insn.dst(), insn.src()} : new int[] {insn.dst()};
            }
            case JMP, JMP32 -> {
                if (insn.isCall() || insn.isExit() || insn.isUnconditionalJump()) {
                    yield new int[0];
                }
                yield x ? new int[] {insn.dst(), insn.src()} : new int[] {insn.dst()};
            }
            case LDX -> new int[] {insn.src()};
            case ST -> new int[] {insn.dst()};
            case STX -> new int[] {insn.dst(), insn.src()};
            case LD -> insn.opcode() == LDDW ? new int[0] : new int[] {insn.src()};
            default -> new int[0];
        };
    }

    private static int writes(Instruction insn) {
        return switch (insn.cls()) {
            case ALU, ALU64, LDX -> insn.dst();
            case LD -> insn.opcode() == LDDW ? insn.dst() : 0;
            default -> -1;
        };
    }
}
