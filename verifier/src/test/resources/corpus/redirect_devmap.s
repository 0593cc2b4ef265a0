; section: xdp
; license: GPL
; map: ports devmap 4 4 16
r1 = map[ports] ll
r2 = 0
r3 = 2
call bpf_redirect_map
exit
