; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_subreg.c, be_reg_zero_extend_check_2()
; selftest expects: accept
call 0x7
r6 = r0
r6 <<= 0x20
call 0x7
r0 |= r6
r0 = be32 r0
r0 >>= 0x20
exit
