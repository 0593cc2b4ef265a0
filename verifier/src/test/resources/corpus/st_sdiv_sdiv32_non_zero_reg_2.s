; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sdiv.c, sdiv32_non_zero_reg_2()
; selftest expects: accept
w0 = 0x29
w1 = -0x2
w0 s/= w1
exit
