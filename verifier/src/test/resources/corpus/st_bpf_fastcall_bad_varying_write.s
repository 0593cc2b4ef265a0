; section: raw_tp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bpf_fastcall.c, bad_varying_write()
; selftest expects: accept
r6 = *(u64 *)(r1 + 0x0)
r6 &= 0x7
r6 += 0x2
r7 = 0x0
r7 -= r6
r1 = 0x1
*(u64 *)(r10 - 0x10) = r1
call 0x8
r1 = *(u64 *)(r10 - 0x10)
r1 = r10
r1 += r7
*(u8 *)(r1 + 0x0) = r7
exit
