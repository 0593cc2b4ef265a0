; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_div_overflow.c, div32_overflow_check_1()
; selftest expects: accept
w1 = -0x1
w0 = -0x80000000
w0 /= w1
exit
