; section: tc
; license: GPL
; bpf_xdp_adjust_head is XDP's
r2 = 4
call bpf_xdp_adjust_head
r0 = 0
exit
