; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, shift_with_64_bit_input()
; selftest expects: reject | math between map_value pointer and 4294967294 is not allowed
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
if r0 == 0x0 goto +0x6 <l0_14>
r1 = 0x2
r1 <<= 0x1f
w1 >>= 0x1f
w1 -= 0x2
r0 += r1
r0 = 0x0
exit
