; section: socket
; license: GPL
; map: map_array_48b array 4 48 1
; from tools/testing/selftests/bpf/progs/verifier_value_ptr_arith.c, alu_with_different_scalars_2()
; selftest expects: accept
r0 = 0x1
r1 = map[map_array_48b] ll
r6 = r1
r2 = r10
r2 += -0x10
r7 = 0x0
*(u64 *)(r10 - 0x10) = r7
call 0x3
r7 = r0
r1 = r6
r2 = r10
r2 += -0x10
call 0x3
r6 = r0
r8 = r6
r8 += r7
r0 = r8
r0 += 0x16
r0 += 0x16
exit
