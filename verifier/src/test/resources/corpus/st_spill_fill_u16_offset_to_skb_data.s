; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, u16_offset_to_skb_data()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
w4 = 0x14
*(u32 *)(r10 - 0x8) = r4
r4 = *(u16 *)(r10 - 0x8)
r0 = r2
r0 += r4
if r0 > r3 goto +0x1 <l0_3>
r0 = *(u32 *)(r2 + 0x0)
r0 = 0x0
exit
