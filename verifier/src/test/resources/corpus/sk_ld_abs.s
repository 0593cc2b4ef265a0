; section: socket
; license: GPL
; a classic filter: IPv4 UDP to port 53 through LD_ABS/LD_IND, skb in R6
r6 = r1
r0 = *(u16 *)skb[12]
if r0 != 0x800 goto drop
r0 = *(u8 *)skb[23]
if r0 != 17 goto drop
r0 = *(u8 *)skb[14]
r7 = r0
r7 &= 15
r7 <<= 2
r0 = *(u16 *)skb[r7 + 16]
if r0 != 53 goto drop
r0 = *(u32 *)(r6 + 0)
exit
drop:
r0 = 0
exit
