; section: xdp
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, bound_greater_than_u32_max()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x0)
r3 = *(u32 *)(r1 + 0x4)
r1 = r2
r1 += 0x1
if r1 > r3 goto +0x8 <l0_33>
r1 = *(u8 *)(r2 + 0x0)
r0 = 0x100000000 ll
r1 += r0
r0 = 0x100000000 ll
r0 += 0x1
if r0 < r1 goto -0x2 <l1_33>
r0 = 0x0
exit
