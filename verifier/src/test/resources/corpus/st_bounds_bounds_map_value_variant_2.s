; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, bounds_map_value_variant_2()
; selftest expects: reject | R0 min value is negative, either use unsigned index or do a if (index >=0) check.
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
if r0 == 0x0 goto +0x8 <l0_1>
r1 = *(u8 *)(r0 + 0x0)
if r1 > 0xff goto +0x6 <l0_1>
r3 = *(u8 *)(r0 + 0x1)
if r3 > 0xff goto +0x4 <l0_1>
r1 -= r3
r0 += r1
r0 = *(u8 *)(r0 + 0x0)
exit
r0 = 0x0
exit
