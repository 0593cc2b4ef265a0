; section: xdp
; license: GPL
; devbound
; map: stamps array 4 8 4
; extern: kfunc bpf_xdp_metadata_rx_timestamp
; extern: kfunc bpf_xdp_metadata_rx_hash
; extern: kfunc bpf_xdp_metadata_rx_vlan_tag
; the timestamp written into a map value
r6 = r1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[stamps] ll
call bpf_map_lookup_elem
if r0 == 0 goto out
r2 = r0
r2 += 4
r1 = r6
call kfunc[bpf_xdp_metadata_rx_timestamp]
out:
r0 = 2
exit
