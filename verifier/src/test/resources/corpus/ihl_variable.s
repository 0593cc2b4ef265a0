; section: xdp
; license: GPL
; Honours the IPv4 header length: the L4 header is at a variable offset.
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 34
if r4 > r3 goto pass
r5 = *(u8 *)(r2 + 14)
r5 &= 15
r5 <<= 2
r6 = r2
r6 += 14
r6 += r5
r7 = r6
r7 += 8
if r7 > r3 goto pass
r0 = *(u16 *)(r6 + 2)
if r0 == 0x3500 goto drop
pass:
r0 = 2
exit
drop:
r0 = 1
exit
