; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ref_tracking.c, check_free_in_one_subbranch()
; selftest expects: reject | Unreleased reference
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r0 = r2
r0 += 0x10
if r0 <= r3 goto +0x1 <l0_7>
exit
r6 = *(u32 *)(r2 + 0x8)
r2 = 0x0
*(u32 *)(r10 - 0x8) = r2
*(u64 *)(r10 - 0x10) = r2
*(u64 *)(r10 - 0x18) = r2
*(u64 *)(r10 - 0x20) = r2
*(u64 *)(r10 - 0x28) = r2
*(u64 *)(r10 - 0x30) = r2
r2 = r10
r2 += -0x30
r3 = 0x24
r4 = 0x0
r5 = 0x0
call 0x54
if r6 == 0x0 goto +0x1 <l1_7>
exit
if r0 == 0x0 goto +0x2 <l2_7>
r1 = r0
call 0x56
exit
