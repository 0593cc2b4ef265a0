; section: socket
; license: GPL
; 8-byte stores into cb[0..1] fit, into cb[4] they run past it
r2 = 1
*(u64 *)(r1 + 48) = r2
*(u64 *)(r1 + 56) = r2
*(u64 *)(r1 + 64) = r2
r0 = 0
exit
