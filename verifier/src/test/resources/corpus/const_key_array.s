; section: xdp
; license: GPL
; map: cfg array 4 8 4
; Constant in-bounds key into an array: Linux 6.14+ drops the NULL check requirement.
*(u32 *)(r10 - 4) = 0
r2 = r10
r2 += -4
r1 = map[cfg] ll
call bpf_map_lookup_elem
r1 = *(u64 *)(r0 + 0)
r0 = 2
exit
