; section: xdp
; license: GPL
; devbound
; extern: kfunc bpf_xdp_metadata_rx_timestamp
; extern: kfunc bpf_xdp_metadata_rx_hash
; extern: kfunc bpf_xdp_metadata_rx_vlan_tag
; reads the RX timestamp, hash and VLAN tag of a device-bound program
r6 = r1
r2 = r10
r2 += -8
call kfunc[bpf_xdp_metadata_rx_timestamp]
r1 = r6
r2 = r10
r2 += -16
r3 = r10
r3 += -12
call kfunc[bpf_xdp_metadata_rx_hash]
r1 = r6
r2 = r10
r2 += -18
r3 = r10
r3 += -20
call kfunc[bpf_xdp_metadata_rx_vlan_tag]
r0 = 2
exit
