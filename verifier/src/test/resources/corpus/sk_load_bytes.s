; section: socket
; license: GPL
; reads the Ethernet header with bpf_skb_load_bytes, uses cb[] and narrow context loads
r6 = r1
r1 = *(u32 *)(r6 + 16)
*(u32 *)(r6 + 48) = r1
r1 = r6
r2 = 0
r3 = r10
r3 += -16
r4 = 14
call bpf_skb_load_bytes
if r0 s< 0 goto drop
r0 = *(u16 *)(r10 - 4)
if r0 != 8 goto drop
r2 = *(u8 *)(r6 + 0)
r3 = *(u16 *)(r6 + 4)
r4 = *(u32 *)(r6 + 48)
r5 = *(u64 *)(r6 + 168)
r0 = *(u32 *)(r6 + 0)
exit
drop:
r0 = 0
exit
