; section: raw_tp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bpf_fastcall.c, partial_pattern()
; selftest expects: accept
r1 = 0x1
r2 = 0x2
*(u32 *)(r10 - 0x8) = r1
*(u64 *)(r10 - 0x10) = r2
call 0x8
r2 = *(u64 *)(r10 - 0x10)
r1 = *(u32 *)(r10 - 0x8)
exit
