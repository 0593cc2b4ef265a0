package dev.bpfj.verifier;

import java.util.ArrayList;
import java.util.List;

/** Register and state printing in the kernel log's style ({@code print_verifier_state}). */
final class RegFormat {
    private RegFormat() {}

    static String format(Reg r) {
        if (r.type == RegType.NOT_INIT) {
            return "?";
        }
        if (r.type == RegType.SCALAR && r.varOff.isConst()) {
            return Long.toString(r.varOff.value());
        }
        List<String> parts = new ArrayList<>();
        if (r.type != RegType.SCALAR) {
            if (r.id != 0) {
                parts.add("id=" + r.id);
            }
            if (r.refObjId != 0) {
                parts.add("ref_obj_id=" + r.refObjId);
            }
            if (r.type == RegType.MAP_VALUE || r.type == RegType.CONST_MAP_PTR) {
                if (r.map != null) {
                    parts.add("map=" + r.map.name());
                    parts.add("ks=" + r.map.keySize());
                    parts.add("vs=" + r.map.valueSize());
                }
            }
            if (r.off != 0) {
                parts.add("off=" + r.off);
            }
            if (r.type.isPacket()) {
                parts.add("r=" + r.range);
            }
            if (r.type == RegType.MEM) {
                parts.add("sz=" + r.memSize);
            }
        } else if (r.id != 0) {
            parts.add("id=" + (r.id & ~Reg.ADD_CONST) + ((r.id & Reg.ADD_CONST) != 0 ? "+" + r.off : ""));
        }
        if (r.type == RegType.SCALAR || !r.varOff.equalsConst(0)) {
            bounds(r, parts);
        }
        String name = r.type == RegType.STACK ? "fp" + r.off
                : r.type == RegType.BTF_ID && r.btf != null ? r.typeName() + r.btf.name() : r.typeName();
        if (r.type == RegType.STACK && parts.size() == 0) {
            return name;
        }
        if (r.type == RegType.STACK && r.off != 0) {
            parts.removeIf(p -> p.startsWith("off="));
        }
        return name + "(" + String.join(",", parts) + ")";
    }

    private static void bounds(Reg r, List<String> parts) {
        if (r.smin != Reg.S64_MIN) {
            parts.add("smin=" + r.smin);
        }
        if (r.smax != Reg.S64_MAX) {
            parts.add("smax=" + r.smax);
        }
        if (r.umin != 0) {
            parts.add("umin=" + Long.toUnsignedString(r.umin));
        }
        if (r.umax != -1L) {
            parts.add("umax=" + Long.toUnsignedString(r.umax));
        }
        if (r.s32min != Integer.MIN_VALUE && r.s32min != r.smin) {
            parts.add("smin32=" + r.s32min);
        }
        if (r.s32max != Integer.MAX_VALUE && r.s32max != r.smax) {
            parts.add("smax32=" + r.s32max);
        }
        if (r.u32min != 0 && r.u32min != r.umin) {
            parts.add("umin32=" + r.u32min);
        }
        if (r.u32max != Reg.U32_MAX && r.u32max != r.umax) {
            parts.add("umax32=" + r.u32max);
        }
        if (!r.varOff.isUnknown()) {
            parts.add("var_off=" + r.varOff);
        }
    }

    /** The current frame's initialised registers and stack slots, e.g. {@code R1=ctx() R10=fp0 fp-8=mmmmmmmm}. */
    static String state(State st) {
        if (st == null) {
            return "";
        }
        Frame f = st.cur();
        StringBuilder sb = new StringBuilder();
        if (st.curframe > 0) {
            sb.append("frame").append(st.curframe).append(": ");
        }
        for (int i = 0; i < f.regs.length; i++) {
            Reg r = f.regs[i];
            if (r.type == RegType.NOT_INIT) {
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
            sb.append('R').append(i).append('=').append(format(r));
        }
        for (int spi = 0; spi < f.allocatedStack / 8; spi++) {
            StringBuilder types = new StringBuilder();
            boolean any = false;
            for (int i = 7; i >= 0; i--) {
                byte t = f.type(spi, i);
                any |= t != Frame.STACK_INVALID;
                types.append(switch (t) {
                    case Frame.STACK_SPILL -> 'r';
                    case Frame.STACK_MISC -> 'm';
                    case Frame.STACK_ZERO -> '0';
                    default -> '?';
                });
            }
            if (!any) {
                continue;
            }
            sb.append(" fp").append(-(spi + 1) * 8).append('=');
            if (f.isSpilled(spi) && f.spilledOrNull(spi) != null && types.indexOf("?") < 0 && types.indexOf("m") < 0) {
                sb.append(format(f.spilledOrNull(spi)));
            } else {
                sb.append(types);
            }
        }
        return sb.toString().trim();
    }
}
