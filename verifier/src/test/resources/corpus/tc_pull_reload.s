; section: tc
; license: GPL
; bpf_skb_pull_data moves the packet: pointers are loaded again after it
r6 = r1
r1 = r6
r2 = 34
call bpf_skb_pull_data
r2 = *(u32 *)(r6 + 76)
r3 = *(u32 *)(r6 + 80)
r4 = r2
r4 += 34
if r4 > r3 goto out
r0 = *(u8 *)(r2 + 23)
exit
out:
r0 = 0
exit
