; section: raw_tp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bpf_fastcall.c, bad_helper_write()
; selftest expects: accept
r1 = 0x1
*(u64 *)(r10 - 0x8) = r1
call 0x8
r1 = *(u64 *)(r10 - 0x8)
r1 = r10
r1 += -0x8
r2 = 0x1
r3 = 0x2a
call 0x71
exit
