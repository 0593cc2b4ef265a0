; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sdiv.c, smod64_rr_divisor_neg_1()
; selftest expects: accept
r2 = 0x5
r3 = -0x1
r4 = r2
r2 s%= r3
r0 = r2
exit
