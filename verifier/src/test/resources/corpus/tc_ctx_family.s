; section: tc
; license: GPL
; the socket fields of __sk_buff belong to sk_skb programs
r2 = *(u32 *)(r1 + 88)
r0 = 0
exit
