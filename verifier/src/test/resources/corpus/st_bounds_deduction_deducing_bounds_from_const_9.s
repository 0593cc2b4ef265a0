; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bounds_deduction.c, deducing_bounds_from_const_9()
; selftest expects: reject | R0 tried to subtract pointer from scalar
r0 = 0x0
if r0 s>= 0x0 goto +0x0 <l0_8>
r0 -= r1
exit
