; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_search_pruning.c, state_equality_check_way_1()
; selftest expects: accept
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
if r0 == 0x0 goto +0x2 <l0_0>
r0 = *(u64 *)(r0 + 0x0)
goto +0x1 <l1_0>
r0 = r10
goto +0x0 <l2_0>
exit
