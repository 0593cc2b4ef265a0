; section: tc
; license: GPL
; skb->len is read-only
r2 = 1
*(u32 *)(r1 + 0) = r2
r0 = 0
exit
