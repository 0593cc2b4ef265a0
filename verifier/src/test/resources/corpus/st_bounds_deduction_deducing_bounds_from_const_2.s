; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bounds_deduction.c, deducing_bounds_from_const_2()
; selftest expects: accept
r0 = 0x1
if r0 s>= 0x1 goto +0x1 <l0_1>
exit
if r0 s<= 0x1 goto +0x1 <l1_1>
exit
r1 -= r0
exit
