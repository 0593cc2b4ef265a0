; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, reg_any_reg_xor_3()
; selftest expects: reject | invalid access to map value
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
if r0 != 0x0 goto +0x1 <l0_25>
exit
r1 = *(u64 *)(r0 + 0x0)
r1 ^= 0x3
if r1 != 0x0 goto +0x1 <l1_25>
r0 = *(u64 *)(r0 + 0x8)
r0 = 0x0
exit
