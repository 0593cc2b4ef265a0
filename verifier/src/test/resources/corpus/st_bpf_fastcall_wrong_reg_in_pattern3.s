; section: raw_tp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bpf_fastcall.c, wrong_reg_in_pattern3()
; selftest expects: accept
r0 = 0x1
*(u64 *)(r10 - 0x10) = r0
call 0x8
r0 = *(u64 *)(r10 - 0x10)
exit
