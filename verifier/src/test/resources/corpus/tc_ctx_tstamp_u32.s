; section: tc
; license: GPL
r2 = *(u32 *)(r1 + 152)
r0 = 0
exit
