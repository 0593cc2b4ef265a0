; section: xdp
; license: GPL
; devbound
; extern: kfunc bpf_xdp_metadata_rx_timestamp
; extern: kfunc bpf_xdp_metadata_rx_hash
; extern: kfunc bpf_xdp_metadata_rx_vlan_tag
; the timestamp written into the packet, bounds checked
r6 = r1
r2 = *(u32 *)(r6 + 0)
r3 = *(u32 *)(r6 + 4)
r4 = r2
r4 += 8
if r4 > r3 goto out
r1 = r6
call kfunc[bpf_xdp_metadata_rx_timestamp]
out:
r0 = 2
exit
