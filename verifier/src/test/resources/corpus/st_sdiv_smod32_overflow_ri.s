; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sdiv.c, smod32_overflow_ri()
; selftest expects: accept
w2 = -0x80000000
w4 = w2
w2 s%= -0x1
r0 = r2
exit
