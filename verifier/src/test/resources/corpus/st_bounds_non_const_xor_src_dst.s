; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, non_const_xor_src_dst()
; selftest expects: accept | 5: (af) r0 ^= r6                      ; R0_w=scalar(smin=smin32=0,smax=umax=smax32=umax32=431,var_off=(0x0; 0x1af))
call 0x7
r6 = r0
call 0x7
r6 &= 0xaf
r0 &= 0x1a0
r0 ^= r6
exit
