; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, unpriv_cmp_of_frame_pointer()
; selftest expects: accept
if r10 == 0x0 goto +0x0 <l0_11>
r0 = 0x0
exit
