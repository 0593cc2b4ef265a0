; section: raw_tp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bpf_fastcall.c, wrong_size_in_pattern()
; selftest expects: accept
r1 = 0x1
*(u32 *)(r10 - 0x10) = r1
call 0x8
r1 = *(u32 *)(r10 - 0x10)
exit
