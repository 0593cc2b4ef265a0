; section: xdp
; license: GPL
; map: m hash 8 8 4
; Passes an unwritten stack key (root may, CAP_BPF alone may not).
r2 = r10
r2 += -8
r1 = map[m] ll
call bpf_map_lookup_elem
r0 = 2
exit
