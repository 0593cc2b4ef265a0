; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, scalar_offset_to_skb_data_2()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r4 = *(u64 *)(r1 + 0x98)
if r4 <= 0x28 goto +0x2 <l0_7>
r0 = 0x0
exit
*(u32 *)(r10 - 0x8) = r4
r4 = *(u32 *)(r10 - 0x8)
r2 += r4
r0 = r2
r2 += 0x14
if r2 > r3 goto +0x1 <l1_7>
r0 = *(u32 *)(r0 + 0x0)
r0 = 0x0
exit
