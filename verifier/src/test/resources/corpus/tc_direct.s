; section: tc
; license: GPL
; direct packet access: a bounds-checked read and write, then skb fields tc may set
r2 = *(u32 *)(r1 + 76)
r3 = *(u32 *)(r1 + 80)
r4 = r2
r4 += 14
if r4 > r3 goto out
r5 = *(u8 *)(r2 + 12)
*(u8 *)(r2 + 0) = r5
r5 = 7
*(u32 *)(r1 + 8) = r5
*(u32 *)(r1 + 72) = r5
*(u32 *)(r1 + 32) = r5
*(u32 *)(r1 + 44) = r5
*(u32 *)(r1 + 12) = r5
*(u32 *)(r1 + 56) = r5
out:
r0 = 0
exit
