; section: socket
; license: GPL
; socket filters have no direct packet access: skb->data is not readable
r2 = *(u32 *)(r1 + 76)
r0 = 0
exit
