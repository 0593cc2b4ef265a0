; section: tc
; license: GPL
; a narrow write of a writable field
r2 = 1
*(u16 *)(r1 + 12) = r2
r0 = 0
exit
