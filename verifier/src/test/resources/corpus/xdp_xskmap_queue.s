; section: xdp
; license: GPL
; map: xsks xskmap 4 4 4
; an AF_XDP socket from an xskmap: queue_id is its only field
*(u32 *)(r10 - 4) = 0
r2 = r10
r2 += -4
r1 = map[xsks] ll
call bpf_map_lookup_elem
if r0 == 0 goto out
r2 = *(u32 *)(r0 + 0)
r2 = *(u32 *)(r0 + 4)
out:
r0 = 2
exit
