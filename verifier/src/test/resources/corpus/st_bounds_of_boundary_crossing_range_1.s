; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, of_boundary_crossing_range_1()
; selftest expects: reject | value -4294967168 makes map_value pointer be out of bounds
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
if r0 == 0x0 goto +0x8 <l0_9>
r1 = *(u8 *)(r0 + 0x0)
r1 += 0x7fffffc0
r1 += 0x7fffffc0
w1 += 0x0
r1 -= 0x7fffffc0
r1 -= 0x7fffffc0
r0 += r1
r0 = 0x0
exit
