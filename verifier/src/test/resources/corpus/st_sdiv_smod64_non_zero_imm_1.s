; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sdiv.c, smod64_non_zero_imm_1()
; selftest expects: accept
r0 = -0x29
r0 s%= 0x2
exit
