; section: socket
; license: GPL
; a narrow read at an offset not a multiple of its size
r0 = *(u16 *)(r1 + 1)
exit
