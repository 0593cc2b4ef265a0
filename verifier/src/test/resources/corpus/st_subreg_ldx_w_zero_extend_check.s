; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_subreg.c, ldx_w_zero_extend_check()
; selftest expects: accept
r6 = r10
r6 += -0x4
r7 = -0x5314ff4
*(u32 *)(r6 + 0x0) = r7
call 0x7
r1 = 0x1000000000 ll
r0 |= r1
r0 = *(u32 *)(r6 + 0x0)
r0 >>= 0x20
exit
