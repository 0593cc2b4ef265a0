; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_div0.c, by_0_zero_check_1_2()
; selftest expects: accept
w0 = 0x2a
w1 = 0x0
w2 = 0x1
w2 %= w1
exit
