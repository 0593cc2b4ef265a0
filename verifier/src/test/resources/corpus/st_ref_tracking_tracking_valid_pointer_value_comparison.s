; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ref_tracking.c, tracking_valid_pointer_value_comparison()
; selftest expects: reject | Unreleased reference
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
r6 = r0
r3 = 0x1
if r6 == 0x0 goto +0x4 <l0_36>
r3 = 0x0
if r6 == 0x4d2 goto +0x2 <l0_36>
r1 = r6
call 0x56
exit
