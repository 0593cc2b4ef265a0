; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, unpriv_add_const_to_pointer()
; selftest expects: accept
r1 += 0x8
r0 = 0x0
exit
