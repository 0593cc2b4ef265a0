; section: xdp
; license: GPL
; Sums 16 bytes of the packet in a bounded loop.
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 16
if r4 > r3 goto out
r6 = 0
r7 = 0
loop:
r5 = r2
r5 += r6
r8 = *(u8 *)(r5 + 0)
r7 += r8
r6 += 1
if r6 < 16 goto loop
out:
r0 = 2
exit
