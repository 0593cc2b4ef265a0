; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, unpriv_adding_of_fp_reg()
; selftest expects: accept
r0 = 0x0
r1 = 0x0
r1 += r10
*(u64 *)(r1 - 0x8) = r0
exit
