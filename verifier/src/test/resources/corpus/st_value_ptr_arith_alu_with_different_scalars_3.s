; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_value_ptr_arith.c, alu_with_different_scalars_3()
; selftest expects: accept
r0 = 0x16
r0 *= -0x1
r7 = r0
r0 = 0x16
r0 *= -0x1
r6 = r0
r8 = r6
r8 += r7
r0 = r8
r0 += 0x16
r0 += 0x16
exit
