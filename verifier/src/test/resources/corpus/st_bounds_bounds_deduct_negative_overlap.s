; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, bounds_deduct_negative_overlap()
; selftest expects: accept | 7: (1f) r0 -= r6 {{.*}} R0=scalar(smin=smin32=-655,smax=smax32=-146,umin=0xfffffffffffffd71,umax=0xffffffffffffff6e,umin32=0xfffffd71,umax32=0xffffff6e,var_off=(0xfffffffffffffc00; 0x3ff))
call 0x7
w3 = w0
w6 = (s8)w0
r0 = (s8)r0
if w6 >= -0x10000000 goto +0x4 <l0_38>
r0 += r6
r6 += 0x190
r0 -= r6
if r3 < r0 goto +0x0 <l0_38>
r0 = 0x0
exit
