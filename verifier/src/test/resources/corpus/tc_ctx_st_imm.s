; section: tc
; license: GPL
; immediates stored into skb fields tc may write
*(u32 *)(r1 + 8) = 5
*(u32 *)(r1 + 12) = 1
*(u64 *)(r1 + 152) = 0
*(u16 *)(r1 + 50) = 3
r0 = 0
exit
