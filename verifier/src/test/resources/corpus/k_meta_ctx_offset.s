; section: xdp
; license: GPL
; devbound
; extern: kfunc bpf_xdp_metadata_rx_timestamp
; extern: kfunc bpf_xdp_metadata_rx_hash
; extern: kfunc bpf_xdp_metadata_rx_vlan_tag
; a context pointer moved past its start
r1 += 4
r2 = r10
r2 += -8
call kfunc[bpf_xdp_metadata_rx_timestamp]
r0 = 2
exit
