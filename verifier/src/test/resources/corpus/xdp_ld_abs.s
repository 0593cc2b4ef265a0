; section: xdp
; license: GPL
; XDP may not use LD_ABS
r6 = r1
r0 = *(u8 *)skb[12]
r0 = 2
exit
