; section: socket
; license: GPL
; bpf_skb_store_bytes is tc's
r6 = r1
*(u32 *)(r10 - 4) = 0
r1 = r6
r2 = 0
r3 = r10
r3 += -4
r4 = 4
r5 = 0
call bpf_skb_store_bytes
r0 = 0
exit
