; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, unpriv_add_pointer_to_pointer()
; selftest expects: reject | R1 pointer += pointer
r1 += r10
r0 = 0x0
exit
