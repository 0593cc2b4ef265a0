; section: tracepoint
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_search_pruning.c, tracking_for_u32_spill_fill()
; selftest expects: reject | R0 min value is outside of the allowed memory range
r7 = r1
call 0x7
w6 = 0x20
if r0 == 0x0 goto +0x1 <l0_6>
w6 = 0x4
call 0x7
r3 = 0x0
r3 = 0x0
if r0 == 0x0 goto +0x1 <l1_6>
r3 = 0x0
*(u32 *)(r10 - 0x8) = r6
r8 = *(u32 *)(r10 - 0x8)
r1 = 0x0
*(u64 *)(r10 - 0x10) = r1
r2 = r10
r2 += -0x10
r1 = map[map_hash_8b] ll
call 0x1
if r0 == 0x0 goto +0x2 <l2_6>
r0 += r8
r1 = *(u32 *)(r0 + 0x0)
r0 = 0x0
exit
