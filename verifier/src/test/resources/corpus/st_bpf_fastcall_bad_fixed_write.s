; section: raw_tp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bpf_fastcall.c, bad_fixed_write()
; selftest expects: accept
r1 = 0x1
*(u64 *)(r10 - 0x8) = r1
call 0x8
r1 = *(u64 *)(r10 - 0x8)
r1 = r10
r1 += -0x8
*(u64 *)(r1 + 0x0) = r1
exit
