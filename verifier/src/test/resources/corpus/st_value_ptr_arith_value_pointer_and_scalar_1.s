; section: socket
; license: GPL
; map: map_array_48b array 4 48 1
; from tools/testing/selftests/bpf/progs/verifier_value_ptr_arith.c, value_pointer_and_scalar_1()
; selftest expects: accept
r0 = 0x1
r1 = map[map_array_48b] ll
r2 = r10
r2 += -0x10
r6 = 0x0
*(u64 *)(r10 - 0x10) = r6
call 0x1
if r0 != 0x0 goto +0x1 <l0_10>
exit
r1 = *(u8 *)(r0 + 0x0)
if r1 != 0x0 goto +0x3 <l1_10>
r2 = r0
r3 = 0x0
goto +0x2 <l2_10>
r2 = 0x0
r3 = 0x100000
r2 += r3
if r1 != 0x0 goto +0x1 <l3_10>
goto +0x4 <l4_10>
r0 = 0x13371337
if r2 != 0x100000 goto +0x2 <l4_10>
r0 = 0x0
exit
r0 = *(u8 *)(r0 + 0x0)
r0 = 0x0
exit
