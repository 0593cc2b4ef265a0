; section: xdp
; license: GPL
; map: stats array 4 16 64
; Indexes an array value by a byte from the packet, clamped.
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 24
if r4 > r3 goto out
r6 = *(u8 *)(r2 + 23)
*(u32 *)(r10 - 4) = 0
r2 = r10
r2 += -4
r1 = map[stats] ll
call bpf_map_lookup_elem
if r0 == 0 goto out
r6 &= 1
r6 <<= 3
r0 += r6
r1 = *(u64 *)(r0 + 0)
r1 += 1
*(u64 *)(r0 + 0) = r1
out:
r0 = 2
exit
