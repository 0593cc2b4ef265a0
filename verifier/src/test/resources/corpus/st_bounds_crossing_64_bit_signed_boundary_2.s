; section: xdp
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, crossing_64_bit_signed_boundary_2()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x0)
r3 = *(u32 *)(r1 + 0x4)
r1 = r2
r1 += 0x1
if r1 > r3 goto +0xd <l0_32>
r1 = *(u8 *)(r2 + 0x0)
r0 = 0x7fffffffffffff10 ll
r1 += r0
r2 = -0x7ffffffffffff001 ll
r0 = -0x8000000000000000 ll
r0 += 0x1
if r0 s> r2 goto +0x3 <l0_32>
if r0 s< r1 goto -0x3 <l1_32>
r0 = 0x1
exit
r0 = 0x0
exit
