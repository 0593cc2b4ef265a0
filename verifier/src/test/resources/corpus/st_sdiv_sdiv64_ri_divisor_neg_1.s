; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sdiv.c, sdiv64_ri_divisor_neg_1()
; selftest expects: accept
r2 = 0x5
r4 = r2
r2 s/= -0x1
r0 = r2
exit
