; section: tc
; license: GPL
r2 = *(u16 *)(r1 + 180)
r0 = 0
exit
