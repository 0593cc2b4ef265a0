; section: xdp
; license: GPL
r0 = 0
*(u32 *)(r10 - 8) = r0
r0 = *(u64 *)(r10 - 8)
r0 = 2
exit
