; section: raw_tp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bpf_fastcall.c, may_goto_interaction()
; selftest expects: accept | stack depth 16
r1 = 0x1
*(u64 *)(r10 - 0x10) = r1
call 0x8
r1 = *(u64 *)(r10 - 0x10)
may_goto +0x1 <may_goto_interaction+0x30>
*(u64 *)(r10 - 0x8) = r1
exit
