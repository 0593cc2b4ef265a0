; section: raw_tp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bpf_fastcall.c, wrong_off_in_pattern2()
; selftest expects: accept
r1 = 0x1
*(u32 *)(r10 - 0x4) = r1
call 0x8
r1 = *(u32 *)(r10 - 0x4)
exit
