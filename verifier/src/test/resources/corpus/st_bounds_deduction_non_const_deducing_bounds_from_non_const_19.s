; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bounds_deduction_non_const.c, deducing_bounds_from_non_const_19()
; selftest expects: accept
call 0x5
if r0 < 0x3 goto +0x3 <l0_18>
r2 = 0x2
if r2 != r0 goto +0x1 <l0_18>
goto +0x2 <l1_18>
r0 = 0x0
exit
r0 -= r1
exit
