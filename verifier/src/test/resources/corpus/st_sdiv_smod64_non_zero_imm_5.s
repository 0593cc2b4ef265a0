; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sdiv.c, smod64_non_zero_imm_5()
; selftest expects: accept
r0 = 0x2a
r0 s%= -0x2
exit
