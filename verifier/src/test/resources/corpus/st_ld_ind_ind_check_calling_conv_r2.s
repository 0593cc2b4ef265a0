; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ld_ind.c, ind_check_calling_conv_r2()
; selftest expects: reject | R2 !read_ok
r6 = r1
r2 = 0x1
r0 = *(u32 *)skb[r2]
r0 = r2
exit
