; section: xdp
; license: GPL
; map: vals array 4 64 1
; An index chosen on a branch indexes a 64-byte map value after an unrelated join.
*(u32 *)(r10 - 4) = 0
r2 = r10
r2 += -4
r1 = map[vals] ll
call bpf_map_lookup_elem
if r0 == 0 goto out
r6 = *(u8 *)(r0 + 0)
r7 = 8
if r6 != 9 goto j
r7 = 60
j:
r8 = *(u8 *)(r0 + 1)
if r8 == 3 goto k
r9 = 1
goto l
k:
r9 = 2
l:
r0 += r7
r1 = *(u64 *)(r0 + 0)
out:
r0 = 2
exit
