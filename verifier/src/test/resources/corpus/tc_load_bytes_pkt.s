; section: tc
; license: GPL
; bpf_skb_load_bytes may not write into the packet itself
r6 = r1
r7 = *(u32 *)(r6 + 76)
r3 = *(u32 *)(r6 + 80)
r4 = r7
r4 += 8
if r4 > r3 goto out
r1 = r6
r2 = 0
r3 = r7
r4 = 8
call bpf_skb_load_bytes
out:
r0 = 0
exit
