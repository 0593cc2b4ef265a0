; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_div0.c, div64_by_0_zero_check()
; selftest expects: accept
w0 = 0x2a
w1 = 0x0
w2 = 0x1
r2 /= r1
exit
