; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bounds_deduction_non_const.c, deducing_bounds_from_non_const_29()
; selftest expects: accept
call 0x5
if w0 s>= 0x4 goto +0x2 <l0_28>
w2 = 0x4
if w2 s<= w0 goto +0x2 <l1_28>
r0 = 0x0
exit
r0 -= r1
exit
