; section: xdp
; license: GPL
; data_end >= data + 20 in the other orientation.
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 20
if r3 >= r4 goto ok
r0 = 1
exit
ok:
r0 = *(u32 *)(r2 + 16)
r0 = 2
exit
