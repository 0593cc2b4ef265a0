; section: tc
; license: GPL
; bpf_skb_vlan_push moves the packet
r6 = r1
r7 = *(u32 *)(r6 + 76)
r3 = *(u32 *)(r6 + 80)
r4 = r7
r4 += 1
if r4 > r3 goto out
r1 = r6
r2 = 0x88a8
r3 = 5
call bpf_skb_vlan_push
r0 = *(u8 *)(r7 + 0)
exit
out:
r0 = 0
exit
