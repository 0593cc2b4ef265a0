; section: tc
; license: GPL
; skb->data must be loaded whole
r2 = *(u16 *)(r1 + 76)
r0 = 0
exit
