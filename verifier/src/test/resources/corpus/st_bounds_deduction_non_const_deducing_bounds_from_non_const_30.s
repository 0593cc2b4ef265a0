; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bounds_deduction_non_const.c, deducing_bounds_from_non_const_30()
; selftest expects: accept
call 0x5
if w0 < 0x3 goto +0x3 <l0_29>
w2 = 0x2
if w2 != w0 goto +0x1 <l0_29>
goto +0x2 <l1_29>
r0 = 0x0
exit
r0 -= r1
exit
