; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, unpriv_cmp_pointer_with_pointer()
; selftest expects: accept
if r1 == r10 goto +0x0 <l0_1>
r0 = 0x0
exit
