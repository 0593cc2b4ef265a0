; section: socket
; license: GPL
; skb->sk may be NULL
r1 = *(u64 *)(r1 + 168)
r0 = *(u32 *)(r1 + 4)
exit
