; section: xdp
; license: GPL
; map: counters hash 4 8 1024
; Counts packets per ingress ifindex in a hash map.
r6 = *(u32 *)(r1 + 12)
*(u32 *)(r10 - 4) = r6
r2 = r10
r2 += -4
r1 = map[counters] ll
call bpf_map_lookup_elem
if r0 == 0 goto out
r1 = 1
lock *(u64 *)(r0 + 0) += r1
out:
r0 = 2
exit
