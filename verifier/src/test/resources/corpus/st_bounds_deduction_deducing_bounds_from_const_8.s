; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bounds_deduction.c, deducing_bounds_from_const_8()
; selftest expects: reject | negative offset ctx ptr R1 off=-1 disallowed
r0 = -0x1
if r0 s>= 0x0 goto +0x1 <l0_7>
r1 += r0
r0 = *(u32 *)(r1 + 0x8)
exit
