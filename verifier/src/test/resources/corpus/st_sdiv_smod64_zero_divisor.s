; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sdiv.c, smod64_zero_divisor()
; selftest expects: accept
r0 = 0x2a
r1 = 0x0
r2 = -0x1
r2 s%= r1
r0 = r2
exit
