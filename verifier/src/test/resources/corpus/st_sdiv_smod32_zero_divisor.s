; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sdiv.c, smod32_zero_divisor()
; selftest expects: accept
w0 = 0x2a
w1 = 0x0
w2 = -0x1
w2 s%= w1
w0 = w2
exit
