; section: raw_tp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bpf_fastcall.c, min_stack_offset()
; selftest expects: accept
r1 = 0x1
r2 = 0x2
*(u64 *)(r10 - 0x8) = r1
*(u64 *)(r10 - 0x10) = r2
call 0x8
r2 = *(u64 *)(r10 - 0x10)
r1 = *(u64 *)(r10 - 0x8)
*(u64 *)(r10 - 0x18) = r1
*(u64 *)(r10 - 0x20) = r2
call 0x8
r2 = *(u64 *)(r10 - 0x20)
r1 = *(u64 *)(r10 - 0x18)
exit
