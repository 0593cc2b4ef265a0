; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ld_ind.c, ind_check_calling_conv_r3()
; selftest expects: reject | R3 !read_ok
r6 = r1
r3 = 0x1
r0 = *(u32 *)skb[r3]
r0 = r3
exit
