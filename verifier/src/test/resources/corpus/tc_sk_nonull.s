; section: tc
; license: GPL
; skb->sk dereferenced without a NULL check
r1 = *(u64 *)(r1 + 168)
r0 = *(u32 *)(r1 + 0)
exit
