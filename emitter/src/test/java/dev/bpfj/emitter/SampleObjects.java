package dev.bpfj.emitter;

import dev.bpfj.core.AsmParser;
import dev.bpfj.core.AttachType;
import dev.bpfj.core.MapType;
import dev.bpfj.core.ProgramType;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.FunctionInfo;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.core.spec.TypeSource;
import java.util.List;

/** Objects built without clang, from assembly, as a producer like the DSL builds them. */
public final class SampleObjects {
    private SampleObjects() {}

    static final String FILE = "Sample.java";

    /** Every packet passes (XDP_PASS). */
    public static ObjectSpec passAll() {
        ProgramSpec p = ProgramSpec.of("xdp_pass", "xdp", AsmParser.parse("""
                r0 = 2
                exit
                """, FILE).instructions());
        return new ObjectSpec(List.of(p), List.of(), "GPL");
    }

    /**
     * Counts every packet in {@code stats[0]} (PERCPU_ARRAY u32 → u64), then looks the frame's first
     * byte up in {@code verdicts} (HASH u32 → u32): XDP_DROP when found with value 1, else XDP_PASS.
     */
    public static ObjectSpec perCpuAndHash() {
        ProgramSpec p = ProgramSpec.of("xdp_verdict", "xdp", AsmParser.parse("""
                    r6 = r1
                    r1 = 0
                    *(u32 *)(r10 - 4) = r1
                    r2 = r10
                    r2 += -4
                    r1 = map[stats] ll
                    call bpf_map_lookup_elem
                    if r0 == 0 goto +3
                    r1 = *(u64 *)(r0 + 0)
                    r1 += 1
                    *(u64 *)(r0 + 0) = r1
                    r2 = *(u32 *)(r6 + 0)
                    r3 = *(u32 *)(r6 + 4)
                    r4 = r2
                    r4 += 1
                    if r4 > r3 goto pass
                    r5 = *(u8 *)(r2 + 0)
                    *(u32 *)(r10 - 8) = r5
                    r2 = r10
                    r2 += -8
                    r1 = map[verdicts] ll
                    call bpf_map_lookup_elem
                    if r0 == 0 goto pass
                    r1 = *(u32 *)(r0 + 0)
                    if r1 != 1 goto pass
                    r0 = 1
                    exit
                pass:
                    r0 = 2
                    exit
                """, FILE).instructions());
        MapSpec stats = MapSpec.builder("stats", MapType.PERCPU_ARRAY).keyType(BtfType.Typedef.U32)
                .valueType(BtfType.Typedef.U64).maxEntries(4).build();
        MapSpec verdicts = MapSpec.builder("verdicts", MapType.HASH).keyType(BtfType.Typedef.U32)
                .valueType(new BtfType.Struct("verdict", 4, List.of(new BtfType.Member("action", BtfType.Typedef.U32, 0))))
                .maxEntries(256).build();
        return new ObjectSpec(List.of(p), List.of(stats, verdicts), "Dual BSD/GPL");
    }

    /**
     * Two programs sharing the global subprogram {@code plus_one} and the static {@code twice}:
     * {@code xdp_plus} returns plus_one(1) = 2 (XDP_PASS), {@code xdp_twice} returns
     * twice(0) = plus_one(plus_one(0)) - 1 = 1 (XDP_DROP).
     */
    public static ObjectSpec twoPrograms() {
        BtfType.FuncProto u32ToInt = new BtfType.FuncProto(BtfType.Int.S32,
                List.of(new BtfType.Param("x", BtfType.Typedef.U32)));
        AsmParser.Result a = AsmParser.parse("""
                    r1 = 1
                    call plus_one
                    exit
                plus_one:
                    r0 = r1
                    r0 += 1
                    exit
                """, FILE);
        ProgramSpec plus = new ProgramSpec("xdp_plus", "xdp", ProgramType.XDP, AttachType.XDP, 0, TypeSource.DECLARED,
                a.instructions(), List.of(new FunctionInfo("xdp_plus", 0),
                        new FunctionInfo("plus_one", a.labels().get("plus_one"), u32ToInt, BtfType.Linkage.GLOBAL)));
        AsmParser.Result b = AsmParser.parse("""
                    r1 = 0
                    call twice
                    exit
                twice:
                    call plus_one
                    r1 = r0
                    call plus_one
                    r0 -= 1
                    exit
                plus_one:
                    r0 = r1
                    r0 += 1
                    exit
                """, FILE);
        ProgramSpec twice = new ProgramSpec("xdp_twice", "xdp", ProgramType.XDP, AttachType.XDP, 0, TypeSource.DECLARED,
                b.instructions(), List.of(new FunctionInfo("xdp_twice", 0),
                        new FunctionInfo("twice", b.labels().get("twice")),
                        new FunctionInfo("plus_one", b.labels().get("plus_one"), u32ToInt, BtfType.Linkage.GLOBAL)));
        return new ObjectSpec(List.of(plus, twice), List.of(), "GPL");
    }

    /**
     * {@code xdp_redirect} redirects through slot 0 of the DEVMAP {@code ports}, falling back to
     * XDP_PASS while the slot is empty; {@code xdp_egress} (section xdp/devmap) passes.
     */
    public static ObjectSpec devmap() {
        ProgramSpec redirect = ProgramSpec.of("xdp_redirect", "xdp", AsmParser.parse("""
                r1 = map[ports] ll
                r2 = 0
                r3 = 2
                call bpf_redirect_map
                exit
                """, FILE).instructions());
        ProgramSpec egress = ProgramSpec.of("xdp_egress", "xdp/devmap", AsmParser.parse("""
                r0 = 2
                exit
                """, FILE).instructions());
        MapSpec ports = MapSpec.builder("ports", MapType.DEVMAP).keySize(4).valueSize(4).maxEntries(4).build();
        return new ObjectSpec(List.of(redirect, egress), List.of(ports), "GPL");
    }
}
