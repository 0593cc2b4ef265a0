; section: socket
; license: GPL
r0 = *(u32 *)(r1 + 72)
exit
