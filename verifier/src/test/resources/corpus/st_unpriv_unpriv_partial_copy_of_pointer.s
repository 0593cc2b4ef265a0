; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, unpriv_partial_copy_of_pointer()
; selftest expects: accept
w1 = w10
r0 = 0x0
exit
