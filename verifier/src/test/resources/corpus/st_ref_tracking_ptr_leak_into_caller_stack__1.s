; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ref_tracking.c, ptr_leak_into_caller_stack__1()
; selftest expects: reject | Unreleased reference
r5 = r10
r5 += -0x8
*(u64 *)(r5 + 0x0) = r4
call 0x5
r5 = r10
r5 += -0x8
r4 = *(u64 *)(r5 + 0x0)
*(u64 *)(r4 + 0x0) = r0
exit
