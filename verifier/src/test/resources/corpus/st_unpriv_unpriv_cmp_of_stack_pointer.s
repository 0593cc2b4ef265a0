; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, unpriv_cmp_of_stack_pointer()
; selftest expects: accept
r2 = r10
r2 += -0x8
if r2 == 0x0 goto +0x0 <l0_12>
r0 = 0x0
exit
