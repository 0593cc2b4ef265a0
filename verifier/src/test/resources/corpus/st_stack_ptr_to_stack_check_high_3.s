; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_stack_ptr.c, to_stack_check_high_3()
; selftest expects: accept
r1 = r10
r1 += 0x0
r0 = 0x2a
*(u8 *)(r1 - 0x1) = r0
r0 = *(u8 *)(r1 - 0x1)
exit
