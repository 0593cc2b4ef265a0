; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, unpriv_cmp_pointer_with_const()
; selftest expects: accept
if r1 == 0x0 goto +0x0 <l0_0>
r0 = 0x0
exit
