; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sdiv.c, smod64_non_zero_reg_8()
; selftest expects: accept
r0 = 0x29
r1 = 0x2
r0 s%= r1
exit
