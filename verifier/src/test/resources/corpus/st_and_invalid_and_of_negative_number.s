; section: socket
; license: GPL
; map: map_hash_48b hash 8 48 1
; from tools/testing/selftests/bpf/progs/verifier_and.c, invalid_and_of_negative_number()
; selftest expects: reject | R0 max value is outside of the allowed memory range
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_48b] ll
call 0x1
if r0 == 0x0 goto +0x4 <l0_0>
r1 = *(u8 *)(r0 + 0x0)
r1 &= -0x4
r1 <<= 0x2
r0 += r1
r1 = 0x4
*(u64 *)(r0 + 0x0) = r1
exit
