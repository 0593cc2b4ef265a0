; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ld_ind.c, ind_check_calling_conv_r5()
; selftest expects: reject | R5 !read_ok
r6 = r1
r5 = 0x1
r0 = *(u32 *)skb[r5]
r0 = r5
exit
