; section: socket
; license: GPL
; LD_IND through a register never written
r6 = r1
r0 = *(u32 *)skb[r8 + 0]
exit
