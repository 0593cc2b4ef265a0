; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sdiv.c, smod32_rr_divisor_neg_1()
; selftest expects: accept
w2 = -0x5
w3 = -0x1
w4 = w2
w2 s%= w3
r0 = r2
exit
