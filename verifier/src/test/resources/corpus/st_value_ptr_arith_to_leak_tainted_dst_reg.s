; section: socket
; license: GPL
; map: map_array_48b array 4 48 1
; from tools/testing/selftests/bpf/progs/verifier_value_ptr_arith.c, to_leak_tainted_dst_reg()
; selftest expects: reject | math between map_value pointer and 4294967295 is not allowed
r0 = 0x0
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_array_48b] ll
call 0x1
if r0 != 0x0 goto +0x1 <l0_42>
exit
r2 = r0
w1 = -0x1
w1 = w1
r2 -= r1
*(u64 *)(r0 + 0x0) = r2
r0 = 0x0
exit
