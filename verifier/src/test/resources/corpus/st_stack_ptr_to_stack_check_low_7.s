; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_stack_ptr.c, to_stack_check_low_7()
; selftest expects: reject | fp pointer offset
r1 = r10
r1 += -0x1fffffff
r1 += -0x1fffffff
r0 = 0x2a
*(u8 *)(r1 - 0x8000) = r0
r0 = *(u8 *)(r1 - 0x8000)
exit
