; section: raw_tp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bpf_fastcall.c, simple()
; selftest expects: accept | stack depth 8
r1 = 0x1
r2 = 0x2
r3 = 0x3
r4 = 0x4
r5 = 0x5
*(u64 *)(r10 - 0x10) = r1
*(u64 *)(r10 - 0x18) = r2
*(u64 *)(r10 - 0x20) = r3
*(u64 *)(r10 - 0x28) = r4
*(u64 *)(r10 - 0x30) = r5
call 0x8
r5 = *(u64 *)(r10 - 0x30)
r4 = *(u64 *)(r10 - 0x28)
r3 = *(u64 *)(r10 - 0x20)
r2 = *(u64 *)(r10 - 0x18)
r1 = *(u64 *)(r10 - 0x10)
exit
