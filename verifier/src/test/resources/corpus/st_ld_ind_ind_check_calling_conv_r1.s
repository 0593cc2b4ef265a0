; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ld_ind.c, ind_check_calling_conv_r1()
; selftest expects: reject | R1 !read_ok
r6 = r1
r1 = 0x1
r0 = *(u32 *)skb[r1]
r0 = r1
exit
