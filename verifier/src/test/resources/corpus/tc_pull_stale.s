; section: tc
; license: GPL
; a packet pointer checked before bpf_skb_pull_data is used after it
r6 = r1
r7 = *(u32 *)(r6 + 76)
r3 = *(u32 *)(r6 + 80)
r4 = r7
r4 += 34
if r4 > r3 goto out
r1 = r6
r2 = 34
call bpf_skb_pull_data
r0 = *(u8 *)(r7 + 23)
exit
out:
r0 = 0
exit
