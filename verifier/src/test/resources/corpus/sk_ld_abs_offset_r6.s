; section: socket
; license: GPL
; R6 is the skb moved by 4
r6 = r1
r6 += 4
r0 = *(u8 *)skb[0]
exit
