; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ldsx.c, ldsx_s16()
; selftest expects: accept
r1 = 0x3fffe
*(u64 *)(r10 - 0x8) = r1
r0 = *(s16 *)(r10 - 0x8)
exit
