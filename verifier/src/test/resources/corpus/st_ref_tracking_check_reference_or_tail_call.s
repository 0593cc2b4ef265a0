; section: tc
; license: GPL
; map: map_prog1_tc prog_array 4 4 4
; from tools/testing/selftests/bpf/progs/verifier_ref_tracking.c, check_reference_or_tail_call()
; selftest expects: accept
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
r1 = r0
if r1 != 0x0 goto +0x7 <l0_17>
r3 = 0x3
r2 = map[map_prog1_tc] ll
r1 = r7
call 0xc
r0 = 0x0
exit
call 0x56
exit
