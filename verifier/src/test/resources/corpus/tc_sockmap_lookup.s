; section: tc
; license: GPL
; map: socks sockmap 4 4 1
; a sockmap lookup hands out a socket reference (bpfj: not modelled)
*(u32 *)(r10 - 4) = 0
r2 = r10
r2 += -4
r1 = map[socks] ll
call bpf_map_lookup_elem
r0 = 0
exit
