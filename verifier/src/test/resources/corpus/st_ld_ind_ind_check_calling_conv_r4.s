; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ld_ind.c, ind_check_calling_conv_r4()
; selftest expects: reject | R4 !read_ok
r6 = r1
r4 = 0x1
r0 = *(u32 *)skb[r4]
r0 = r4
exit
