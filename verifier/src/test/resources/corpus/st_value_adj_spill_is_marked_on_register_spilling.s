; section: socket
; license: GPL
; map: map_hash_48b hash 8 48 1
; from tools/testing/selftests/bpf/progs/verifier_value_adj_spill.c, is_marked_on_register_spilling()
; selftest expects: accept
r2 = r10
r2 += -0x8
r1 = 0x0
*(u64 *)(r2 + 0x0) = r1
r1 = map[map_hash_48b] ll
call 0x1
r1 = r10
r1 += -0x98
*(u64 *)(r1 + 0x0) = r0
if r0 == 0x0 goto +0x3 <l0_1>
r3 = *(u64 *)(r1 + 0x0)
r1 = 0x2a
*(u64 *)(r3 + 0x0) = r1
exit
