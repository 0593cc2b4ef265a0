; section: xdp
; license: GPL
; map: m hash 4 16 8
*(u32 *)(r10 - 4) = 0
r2 = r10
r2 += -4
r1 = map[m] ll
call bpf_map_lookup_elem
if r0 == 0 goto out
r1 = *(u64 *)(r0 + 12)
out:
r0 = 0
exit
