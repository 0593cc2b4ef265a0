; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ref_tracking.c, ptr_spill_into_caller_stack__1()
; selftest expects: accept
r5 = r10
r5 += -0x8
*(u64 *)(r5 + 0x0) = r4
call 0x8
r5 = r10
r5 += -0x8
r4 = *(u64 *)(r5 + 0x0)
*(u64 *)(r4 + 0x0) = r0
if r0 == 0x0 goto +0x2 <l0_12>
r1 = *(u64 *)(r4 + 0x0)
call 0x56
exit
