; section: socket
; license: GPL
; an LD_ABS at a negative offset (the SKF_NET_OFF area)
r6 = r1
r0 = *(u8 *)skb[-1048576]
exit
