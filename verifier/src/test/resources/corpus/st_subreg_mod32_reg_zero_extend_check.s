; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_subreg.c, mod32_reg_zero_extend_check()
; selftest expects: accept
call 0x7
r1 = r0
r0 = -0x1
w0 %= w1
r0 >>= 0x20
exit
