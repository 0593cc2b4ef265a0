; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, unpriv_return_pointer()
; selftest expects: accept
r0 = r10
exit
