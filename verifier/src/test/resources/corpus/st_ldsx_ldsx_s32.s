; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ldsx.c, ldsx_s32()
; selftest expects: accept
r1 = -0x2
*(u64 *)(r10 - 0x8) = r1
r0 = *(s32 *)(r10 - 0x8)
r0 >>= 0x1
exit
