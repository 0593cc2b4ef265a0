; section: xdp
; license: GPL
; devbound
; extern: kfunc bpf_xdp_metadata_rx_timestamp
; extern: kfunc bpf_xdp_metadata_rx_hash
; extern: kfunc bpf_xdp_metadata_rx_vlan_tag
; passes NULL for the timestamp
r2 = 0
call kfunc[bpf_xdp_metadata_rx_timestamp]
r0 = 2
exit
