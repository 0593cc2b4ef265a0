; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bounds_deduction.c, deducing_bounds_from_const_7()
; selftest expects: reject | dereference of modified ctx ptr
r0 = -0x1
if r0 s>= 0x0 goto +0x0 <l0_6>
r1 -= r0
r0 = *(u32 *)(r1 + 0x8)
exit
