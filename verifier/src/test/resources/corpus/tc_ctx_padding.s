; section: tc
; license: GPL
r2 = *(u8 *)(r1 + 181)
r0 = 0
exit
