; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, shift_with_oversized_count_operand()
; selftest expects: reject | R0 max value is outside of the allowed memory range
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
if r0 == 0x0 goto +0x6 <l0_12>
r2 = 0x20
r1 = 0x1
w1 <<= w2
r1 &= 0xffff
r0 += r1
r0 = *(u8 *)(r0 + 0x0)
r0 = 0x0
exit
