; section: socket
; license: GPL
; a 4-byte field read with 8 bytes
r0 = *(u64 *)(r1 + 0)
exit
