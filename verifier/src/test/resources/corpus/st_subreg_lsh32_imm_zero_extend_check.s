; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_subreg.c, lsh32_imm_zero_extend_check()
; selftest expects: accept
call 0x7
r1 = 0x1000000000 ll
r0 |= r1
w0 <<= 0x0
r0 >>= 0x20
r6 = r0
call 0x7
r1 = 0x1000000000 ll
r0 |= r1
w0 <<= 0x1
r0 >>= 0x20
r0 |= r6
exit
