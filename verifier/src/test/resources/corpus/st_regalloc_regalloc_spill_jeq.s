; section: tracepoint
; license: GPL
; map: map_hash_48b hash 8 48 1
; from tools/testing/selftests/bpf/progs/verifier_regalloc.c, regalloc_spill_jeq()
; selftest expects: accept
r6 = r1
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_48b] ll
call 0x1
*(u64 *)(r10 - 0x8) = r0
if r0 == 0x0 goto +0x0 <l0_10>
call 0x7
r2 = r0
if r2 == 0x14 goto +0x0 <l1_10>
r3 = *(u64 *)(r10 - 0x8)
if r3 == 0x0 goto +0x1 <l2_10>
r0 = *(u64 *)(r3 + 0x0)
exit
