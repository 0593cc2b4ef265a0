; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bounds_deduction_non_const.c, deducing_bounds_from_non_const_2()
; selftest expects: accept
call 0x5
if r0 > 0x3 goto +0x2 <l0_1>
r2 = 0x4
if r0 == r2 goto +0x2 <l1_1>
r0 = 0x0
exit
r0 -= r1
exit
