; section: xdp
; license: GPL
; map: jmp prog_array 4 4 4
*(u32 *)(r10 - 4) = 0
r2 = r10
r2 += -4
r1 = map[jmp] ll
call bpf_map_lookup_elem
r0 = 2
exit
