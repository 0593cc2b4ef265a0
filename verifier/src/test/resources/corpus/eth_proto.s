; section: xdp
; license: GPL
; Drops IPv6 frames: reads the EtherType after a bounds check.
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 14
if r4 > r3 goto pass
r5 = *(u16 *)(r2 + 12)
if r5 == 0xdd86 goto drop
pass:
r0 = 2
exit
drop:
r0 = 1
exit
