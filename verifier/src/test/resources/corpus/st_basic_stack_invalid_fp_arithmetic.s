; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_basic_stack.c, invalid_fp_arithmetic()
; selftest expects: reject | R1 subtraction from stack pointer
r0 = 0x0
r1 = r10
r1 -= 0x8
*(u64 *)(r1 + 0x0) = r0
exit
