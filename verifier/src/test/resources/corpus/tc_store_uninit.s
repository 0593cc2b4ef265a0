; section: tc
; license: GPL
; bpf_skb_store_bytes from stack bytes never written
r6 = r1
r1 = r6
r2 = 0
r3 = r10
r3 += -8
r4 = 4
r5 = 0
call bpf_skb_store_bytes
r0 = 0
exit
