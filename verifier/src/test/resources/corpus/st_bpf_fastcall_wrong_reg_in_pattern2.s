; section: raw_tp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bpf_fastcall.c, wrong_reg_in_pattern2()
; selftest expects: accept
r6 = 0x1
*(u64 *)(r10 - 0x10) = r6
call 0x8
r6 = *(u64 *)(r10 - 0x10)
exit
