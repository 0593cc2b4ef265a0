; section: xdp
; license: GPL
; devbound
; extern: kfunc bpf_xdp_metadata_rx_timestamp
; extern: kfunc bpf_xdp_metadata_rx_hash
; extern: kfunc bpf_xdp_metadata_rx_vlan_tag
; a timestamp slot 4 bytes from the top of the stack
r2 = r10
r2 += -4
call kfunc[bpf_xdp_metadata_rx_timestamp]
r0 = 2
exit
