; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bounds_deduction_non_const.c, deducing_bounds_from_non_const_11()
; selftest expects: accept
call 0x5
if r0 < 0x4 goto +0x2 <l0_10>
r2 = 0x3
if r2 >= r0 goto +0x2 <l1_10>
r0 = 0x0
exit
r0 -= r1
exit
