; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bounds_deduction.c, deducing_bounds_from_const_1()
; selftest expects: reject | R0 tried to subtract pointer from scalar
r0 = 0x1
if r0 s>= 0x1 goto +0x0 <l0_0>
r0 -= r1
exit
