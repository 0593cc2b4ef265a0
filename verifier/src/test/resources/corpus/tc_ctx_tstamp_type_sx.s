; section: tc
; license: GPL
r2 = *(s8 *)(r1 + 180)
r0 = 0
exit
