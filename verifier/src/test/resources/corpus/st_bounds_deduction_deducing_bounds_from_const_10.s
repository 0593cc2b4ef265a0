; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bounds_deduction.c, deducing_bounds_from_const_10()
; selftest expects: reject | math between ctx pointer and register with unbounded min value is not allowed
r0 = 0x0
if r0 s<= 0x0 goto +0x0 <l0_9>
r0 = -r0
r0 -= r1
exit
