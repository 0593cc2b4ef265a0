; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_div0.c, by_0_zero_check_2_1()
; selftest expects: accept
w0 = 0x2a
r1 = -0x100000000 ll
w2 = 0x1
w2 /= w1
exit
