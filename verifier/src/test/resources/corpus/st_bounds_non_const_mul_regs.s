; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, non_const_mul_regs()
; selftest expects: accept | 5: (2f) r0 *= r6                      ; R0_w=scalar(smin=smin32=0,smax=umax=smax32=umax32=3825,var_off=(0x0; 0xfff))
call 0x7
r6 = r0
call 0x7
r6 &= 0xff
r0 &= 0xf
r0 *= r6
exit
