; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, u64_offset_to_skb_data()
; selftest expects: reject | math between pkt pointer and register with unbounded min value is not allowed
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
w6 = 0x0
w7 = 0x14
*(u32 *)(r10 - 0x4) = r6
*(u32 *)(r10 - 0x8) = r7
r4 = *(u64 *)(r10 - 0x8)
r0 = r2
r0 += r4
if r0 > r3 goto +0x1 <l0_4>
r0 = *(u32 *)(r2 + 0x0)
r0 = 0x0
exit
