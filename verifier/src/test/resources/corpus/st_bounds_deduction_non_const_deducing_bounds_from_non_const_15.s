; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bounds_deduction_non_const.c, deducing_bounds_from_non_const_15()
; selftest expects: accept
call 0x5
if r0 s< 0x4 goto +0x2 <l0_14>
r2 = 0x4
if r2 s> r0 goto +0x2 <l1_14>
r0 = 0x0
exit
r0 -= r1
exit
