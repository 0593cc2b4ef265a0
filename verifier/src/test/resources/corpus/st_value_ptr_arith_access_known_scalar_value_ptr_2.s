; section: socket
; license: GPL
; map: map_array_48b array 4 48 1
; from tools/testing/selftests/bpf/progs/verifier_value_ptr_arith.c, access_known_scalar_value_ptr_2()
; selftest expects: reject | R1 tried to subtract pointer from scalar
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_array_48b] ll
call 0x1
if r0 == 0x0 goto +0x3 <l0_35>
r1 = 0x4
r1 -= r0
r0 = *(u8 *)(r1 + 0x0)
r0 = 0x1
exit
