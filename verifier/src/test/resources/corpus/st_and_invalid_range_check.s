; section: socket
; license: GPL
; map: map_hash_48b hash 8 48 1
; from tools/testing/selftests/bpf/progs/verifier_and.c, invalid_range_check()
; selftest expects: reject | R0 max value is outside of the allowed memory range
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_48b] ll
call 0x1
if r0 == 0x0 goto +0xc <l0_1>
r1 = *(u32 *)(r0 + 0x0)
r9 = 0x1
w1 %= 0x2
w1 += 0x1
w9 &= w1
w9 += 0x1
w9 >>= 0x1
w3 = 0x1
w3 -= w9
w3 *= 0x10000000
r0 += r3
*(u32 *)(r0 + 0x0) = r3
r0 = r0
exit
