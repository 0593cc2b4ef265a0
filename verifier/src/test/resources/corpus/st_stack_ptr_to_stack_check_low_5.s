; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_stack_ptr.c, to_stack_check_low_5()
; selftest expects: reject | invalid write to stack
r1 = r10
r1 += -0x1fffffff
r0 = 0x2a
*(u8 *)(r1 + 0x0) = r0
r0 = *(u8 *)(r1 + 0x0)
exit
