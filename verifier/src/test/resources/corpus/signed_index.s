; section: xdp
; license: GPL
; Adds a signed byte to the packet pointer: the kernel wants a lower bound.
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 64
if r4 > r3 goto out
r5 = *(s8 *)(r2 + 0)
r2 += r5
r0 = *(u8 *)(r2 + 0)
out:
r0 = 2
exit
