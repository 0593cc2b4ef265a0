; section: socket
; license: GPL
; stores of immediates into cb[], narrow and whole
*(u32 *)(r1 + 52) = 7
*(u8 *)(r1 + 49) = 1
*(u16 *)(r1 + 66) = 2
r0 = *(u32 *)(r1 + 52)
exit
