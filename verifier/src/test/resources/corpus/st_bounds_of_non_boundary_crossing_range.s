; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, of_non_boundary_crossing_range()
; selftest expects: accept
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
if r0 == 0x0 goto +0x9 <l0_8>
r1 = *(u8 *)(r0 + 0x0)
r2 = 0x1
r2 <<= 0x24
r1 += r2
r1 += 0x7fffffff
w1 -= 0x7fffffff
r1 >>= 0x8
r0 += r1
r0 = *(u8 *)(r0 + 0x0)
r0 = 0x0
exit
