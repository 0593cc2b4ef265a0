; section: tc
; license: GPL
; map: socks sockmap 4 4 1
; a sockmap lookup is a struct bpf_sock reference, released
*(u32 *)(r10 - 4) = 0
r2 = r10
r2 += -4
r1 = map[socks] ll
call bpf_map_lookup_elem
if r0 == 0 goto out
r6 = r0
r2 = *(u32 *)(r6 + 4)
r2 = *(u32 *)(r6 + 16)
r1 = r6
call bpf_sk_release
out:
r0 = 0
exit
