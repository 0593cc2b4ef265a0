; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, bounds_deduct_two_overlaps()
; selftest expects: reject | 3: (2d) if r0 > r1 {{.*}} R0_w=scalar(smin=smin32=-128,smax=smax32=127,umax=0xffffffffffffff80) | frame pointer is read only
call 0x7
r0 = (s8)r0
r1 = -0x80
if r0 > r1 goto +0x2 <l0_40>
if r0 < 0x80 goto +0x1 <l0_40>
r10 = 0x0
r0 = 0x0
exit
