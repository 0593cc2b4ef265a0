; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, unpriv_neg_pointer()
; selftest expects: accept
r1 = -r1
r0 = 0x0
exit
