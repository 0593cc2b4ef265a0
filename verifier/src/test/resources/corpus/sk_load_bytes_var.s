; section: socket
; license: GPL
; bpf_skb_load_bytes with a bounded variable length
r6 = r1
r4 = *(u32 *)(r6 + 0)
r4 &= 15
r4 += 1
r1 = r6
r2 = 0
r3 = r10
r3 += -16
call bpf_skb_load_bytes
r0 = *(u8 *)(r10 - 16)
exit
