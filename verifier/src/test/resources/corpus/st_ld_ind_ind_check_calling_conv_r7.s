; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ld_ind.c, ind_check_calling_conv_r7()
; selftest expects: accept
r6 = r1
r7 = 0x1
r0 = *(u32 *)skb[r7]
r0 = r7
exit
