; section: socket
; license: GPL
; map: map_array_48b array 4 48 1
; from tools/testing/selftests/bpf/progs/verifier_value_ptr_arith.c, access_value_ptr_value_ptr_1()
; selftest expects: reject | R0 pointer += pointer prohibited
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_array_48b] ll
call 0x1
if r0 == 0x0 goto +0x2 <l0_34>
r0 += r0
r1 = *(u8 *)(r0 + 0x0)
r0 = 0x1
exit
