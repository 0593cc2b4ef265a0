; section: tc
; license: GPL
; map: map_prog1_tc prog_array 4 4 4
; from tools/testing/selftests/bpf/progs/verifier_ref_tracking.c, checked_reference_over_tail_call()
; selftest expects: reject | tail_call would lead to reference leak
r7 = r1
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
if r0 == 0x0 goto +0x7 <l0_20>
r3 = 0x0
r2 = map[map_prog1_tc] ll
r1 = r7
call 0xc
r0 = 0x0
r1 = r6
call 0x56
exit
