; section: tc
; license: GPL
; narrow reads of gso_segs, gso_size, wire_len, napi_id, ifindex
r2 = *(u16 *)(r1 + 164)
r3 = *(u8 *)(r1 + 179)
r4 = *(u32 *)(r1 + 160)
r5 = *(u16 *)(r1 + 86)
r0 = *(u8 *)(r1 + 40)
r0 += r2
exit
