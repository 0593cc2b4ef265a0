package dev.bpfj.verifier;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One-line fixes for the rejections whose cause is well known. */
final class Hints {
    private Hints() {}

    private static final Pattern PKT = Pattern.compile(
            "invalid access to packet, off=(-?\\d+) size=(\\d+), R(\\d+)\\(id=\\d+,off=-?\\d+,r=(-?\\d+)\\)");

    static String forMessage(String first, String last, dev.bpfj.core.ProgramType type) {
        boolean skb = type != dev.bpfj.core.ProgramType.XDP;
        String all = first + "\n" + last;
        Matcher m = PKT.matcher(all);
        if (m.find()) {
            long end = Long.parseLong(m.group(1)) + Long.parseLong(m.group(2));
            return "check `data + " + end + " <= data_end` before this access (only " + m.group(4)
                    + " bytes are known to be in the packet here)";
        }
        if (last.endsWith("offset is outside of the packet")) {
            return "compare this packet pointer (plus the bytes you read) with data_end first; packet pointers are "
                    + (skb ? "invalidated by bpf_skb_pull_data, bpf_skb_store_bytes and the other helpers that move "
                    + "the packet" : "invalidated by bpf_xdp_adjust_head/tail/meta");
        }
        if (last.contains("invalid mem access 'map_value_or_null'") || last.contains("_or_null prohibited")) {
            return "check the result of bpf_map_lookup_elem (or bpf_ringbuf_reserve) against NULL before using it";
        }
        if (last.contains("invalid mem access '") && last.contains("_or_null'")) {
            return "check the pointer against NULL before using it";
        }
        if (last.equals("R0 !read_ok")) {
            return "set R0 (the return value) on every path before exit";
        }
        if (last.matches("R[1-5] !read_ok")) {
            return "R1-R5 are clobbered by every call; keep values in R6-R9 or on the stack across calls";
        }
        if (last.matches("R\\d !read_ok")) {
            return "this register is read before anything was written to it";
        }
        if (last.contains("invalid mem access 'scalar'")) {
            return "this register holds a number, not a pointer; after bpf_xdp_adjust_head/tail/meta reload data and "
                    + "data_end from the context";
        }
        if (last.contains("with unbounded min value")) {
            return "bound the value before adding it to the pointer, e.g. `if (len > 64) return XDP_DROP;`";
        }
        if (last.contains("min value is negative")) {
            return "use an unsigned index, or check `index >= 0` first";
        }
        if (last.contains("max value is outside of the allowed memory range") || last.contains("unbounded memory access")) {
            return "clamp the offset so that offset + access size stays within the value before the access";
        }
        if (last.startsWith("program of this type cannot use helper")) {
            return "this helper is not offered to this program type (or needs more privileges)";
        }
        if (last.startsWith("cannot call GPL-restricted function")) {
            return "declare a GPL-compatible license such as \"GPL\" or \"Dual MIT/GPL\"";
        }
        if (last.startsWith("invalid bpf_context access")) {
            return switch (type) {
                case XDP -> "xdp_md fields are read-only u32s at offsets 0-20: read them with 4-byte loads";
                case SOCKET_FILTER -> "a socket filter may write only cb[], cannot read data/data_end (use "
                        + "bpf_skb_load_bytes), tc_classid, tstamp or the socket fields; 4-byte fields take loads of "
                        + "1, 2 or 4 bytes at their own alignment";
                default -> "tc may write mark, priority, tc_index, tc_classid, queue_mapping, cb[] (4 bytes) and "
                        + "tstamp (8); data, data_end and data_meta are read whole with 4-byte loads";
            };
        }
        if (last.startsWith("at the time of BPF_LD_ABS|IND R6 != pointer to skb")) {
            return "keep the context pointer in R6 (r6 = r1 at the start) for legacy packet loads";
        }
        if (last.startsWith("dereference of modified ctx ptr") || last.startsWith("math between ctx pointer")) {
            return "read context fields at constant offsets from the unmodified context pointer";
        }
        if (last.contains("pointer arithmetic on pkt_end prohibited")) {
            return "compare `data + N` with data_end instead of computing `data_end - N`";
        }
        if (last.startsWith("infinite loop detected")) {
            return "the loop made no progress: make sure its variable changes and the exit condition can be proven";
        }
        if (last.startsWith("BPF program is too large")) {
            return "the loop or branch structure needs too many steps to verify: bound loops tightly or use bpf_loop";
        }
        if (last.startsWith("Unreleased reference") || last.endsWith("would lead to reference leak")) {
            return "release every acquired object (ringbuf submit/discard, sk_release) on every path";
        }
        if (last.equals("div by zero")) {
            return "divide by a non-zero constant or by a register";
        }
        if (last.startsWith("unreachable insn")) {
            return "remove code after exit/goto and functions that are never called";
        }
        if (last.startsWith("invalid read from stack") || last.startsWith("invalid indirect read from stack")) {
            return "write the stack bytes before reading them (or passing them to a helper)";
        }
        if (last.startsWith("invalid write to stack") || last.startsWith("invalid read from stack R")
                || last.startsWith("invalid indirect access to stack")) {
            return "stack accesses must stay within fp-512 .. fp-1";
        }
        if (last.startsWith("combined stack size")) {
            return "the functions on one call chain use more than 512 bytes of stack together";
        }
        if (last.startsWith("cannot pass map_type")) {
            return "this helper needs a different map type";
        }
        if (last.startsWith("misaligned stack access")) {
            return "stack accesses must be aligned to their size";
        }
        if (last.endsWith("prohibited for !root")) {
            return "without CAP_PERFMON pointers may only move by constants or bounded non-negative scalars; "
                    + "load as root or rewrite the access";
        }
        if (last.contains("bpfj does not model")) {
            return "bpfj rejects what it cannot prove the kernel accepts; load the object with the kernel to check";
        }
        return null;
    }
}
