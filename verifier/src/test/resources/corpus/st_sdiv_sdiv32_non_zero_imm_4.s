; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sdiv.c, sdiv32_non_zero_imm_4()
; selftest expects: accept
w0 = -0x2a
w0 s/= 0x2
exit
