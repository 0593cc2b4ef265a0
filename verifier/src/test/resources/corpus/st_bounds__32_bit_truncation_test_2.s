; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, _32_bit_truncation_test_2()
; selftest expects: accept
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
if r0 == 0x0 goto +0x4 <l0_30>
r1 = *(u32 *)(r0 + 0x0)
if r1 s< 0x1 goto +0x1 <l1_30>
if w1 s< 0x0 goto +0x1 <l0_30>
r0 = 0x0
exit
