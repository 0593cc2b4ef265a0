; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bounds_deduction_non_const.c, deducing_bounds_from_non_const_13()
; selftest expects: accept
call 0x5
if r0 >= 0x4 goto +0x2 <l0_12>
r2 = 0x4
if r2 <= r0 goto +0x2 <l1_12>
r0 = 0x0
exit
r0 -= r1
exit
