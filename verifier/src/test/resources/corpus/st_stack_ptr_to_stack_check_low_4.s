; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_stack_ptr.c, to_stack_check_low_4()
; selftest expects: reject | math between fp pointer
r1 = r10
r1 += -0x80000000
r0 = 0x2a
*(u8 *)(r1 + 0x0) = r0
r0 = *(u8 *)(r1 + 0x0)
exit
