; section: tc
; license: GPL
r2 = *(u32 *)(r1 + 100)
r0 = 0
exit
