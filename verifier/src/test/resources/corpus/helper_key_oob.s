; section: xdp
; license: GPL
; map: m hash 8 8 4
; The key pointer leaves the frame: fp-4 holds only 4 of the 8 key bytes.
*(u32 *)(r10 - 4) = 0
r2 = r10
r2 += -4
r1 = map[m] ll
call bpf_map_lookup_elem
r0 = 2
exit
