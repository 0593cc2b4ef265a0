; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, bounds_deduct_positive_overlap()
; selftest expects: accept | 3: (2d) if r0 > r1 {{.*}} R0_w=scalar(smin=smin32=0,smax=umax=smax32=umax32=127,var_off=(0x0; 0x7f))
call 0x7
r0 = (s8)r0
r1 = -0x100
if r0 > r1 goto +0x2 <l0_39>
if r0 < 0x80 goto +0x1 <l0_39>
r10 = 0x0
r0 = 0x0
exit
