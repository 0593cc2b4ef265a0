; section: raw_tp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bpf_fastcall.c, helper_call_does_not_prevent_bpf_fastcall()
; selftest expects: accept | stack depth 8
r1 = 0x1
*(u64 *)(r10 - 0x8) = r1
call 0x8
r1 = *(u64 *)(r10 - 0x8)
*(u64 *)(r10 - 0x8) = r1
call 0x7
r1 = *(u64 *)(r10 - 0x8)
exit
