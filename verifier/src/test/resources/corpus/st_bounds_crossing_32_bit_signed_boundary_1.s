; section: xdp
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, crossing_32_bit_signed_boundary_1()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x0)
r3 = *(u32 *)(r1 + 0x4)
r1 = r2
r1 += 0x1
if r1 > r3 goto +0x6 <l0_34>
r1 = *(u8 *)(r2 + 0x0)
w0 = 0x7fffff10
w1 += w0
w0 = -0x80000000
w0 += 0x1
if w0 < w1 goto -0x2 <l1_34>
r0 = 0x0
exit
