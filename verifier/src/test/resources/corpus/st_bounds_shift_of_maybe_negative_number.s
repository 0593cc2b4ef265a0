; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, shift_of_maybe_negative_number()
; selftest expects: reject | R0 unbounded memory access
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
if r0 == 0x0 goto +0x6 <l0_13>
r1 = *(u8 *)(r0 + 0x0)
r1 -= 0x1
r1 >>= 0x8
r1 >>= 0x8
r0 += r1
r0 = *(u8 *)(r0 + 0x0)
r0 = 0x0
exit
