; section: tc
; license: GPL
r1 = *(u64 *)(r1 + 168)
if r1 == 0 goto out
r2 = *(u16 *)(r1 + 50)
out:
r0 = 0
exit
