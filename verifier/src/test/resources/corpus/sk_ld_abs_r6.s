; section: socket
; license: GPL
; R6 holds no skb at the LD_ABS
r6 = r10
r0 = *(u8 *)skb[12]
exit
