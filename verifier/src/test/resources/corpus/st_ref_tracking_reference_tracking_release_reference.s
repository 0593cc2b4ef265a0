; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ref_tracking.c, reference_tracking_release_reference()
; selftest expects: accept
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
r1 = r0
if r0 == 0x0 goto +0x1 <l0_2>
call 0x56
exit
