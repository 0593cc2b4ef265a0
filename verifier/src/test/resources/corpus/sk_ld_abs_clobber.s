; section: socket
; license: GPL
; LD_ABS clobbers R1-R5: R2 is read after it
r6 = r1
r2 = 1
r0 = *(u8 *)skb[0]
r0 += r2
exit
