; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bounds_deduction_non_const.c, deducing_bounds_from_non_const_20()
; selftest expects: accept
call 0x5
w2 = 0x0
if w2 > w0 goto +0x2 <l0_19>
r0 = 0x0
exit
r0 -= r1
exit
