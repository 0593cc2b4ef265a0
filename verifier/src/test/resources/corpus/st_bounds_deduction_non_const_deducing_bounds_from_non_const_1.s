; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bounds_deduction_non_const.c, deducing_bounds_from_non_const_1()
; selftest expects: accept
call 0x5
if r0 < 0x3 goto +0x2 <l0_0>
r2 = 0x2
if r0 == r2 goto +0x2 <l1_0>
r0 = 0x0
exit
r0 -= r1
exit
