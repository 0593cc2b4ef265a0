; section: tc
; license: GPL
r2 = *(u64 *)(r1 + 144)
r0 = 0
exit
