; section: tc
; license: GPL
; bpf_redirect_neigh with no neighbour parameters
r1 = 3
r2 = 0
r3 = 0
r4 = 0
call bpf_redirect_neigh
exit
