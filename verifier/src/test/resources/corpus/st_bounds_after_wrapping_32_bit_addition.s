; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, after_wrapping_32_bit_addition()
; selftest expects: accept
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
if r0 == 0x0 goto +0x5 <l0_11>
r1 = 0x7fffffff
r1 += 0x7fffffff
w1 += 0x2
r0 += r1
r0 = *(u8 *)(r0 + 0x0)
r0 = 0x0
exit
