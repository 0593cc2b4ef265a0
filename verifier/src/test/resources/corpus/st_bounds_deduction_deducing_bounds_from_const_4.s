; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bounds_deduction.c, deducing_bounds_from_const_4()
; selftest expects: accept
r6 = r1
r0 = 0x0
if r0 s<= 0x0 goto +0x1 <l0_3>
exit
if r0 s>= 0x0 goto +0x1 <l1_3>
exit
r6 -= r0
exit
