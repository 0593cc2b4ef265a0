; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_div_overflow.c, div32_overflow_check_2()
; selftest expects: accept
w0 = -0x80000000
w0 /= -0x1
exit
