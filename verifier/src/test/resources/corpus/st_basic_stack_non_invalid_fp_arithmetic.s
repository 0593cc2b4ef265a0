; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_basic_stack.c, non_invalid_fp_arithmetic()
; selftest expects: accept
r0 = 0x0
*(u64 *)(r10 - 0x8) = r0
exit
