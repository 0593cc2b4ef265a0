; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_stack_ptr.c, stack_mixed_reg_k_3()
; selftest expects: accept
r1 = r10
r1 += -0x3
r2 = -0x3
r1 += r2
r0 = 0x2a
*(u8 *)(r1 + 0x0) = r0
r0 = r2
exit
