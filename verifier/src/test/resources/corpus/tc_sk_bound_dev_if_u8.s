; section: tc
; license: GPL
r1 = *(u64 *)(r1 + 168)
if r1 == 0 goto out
r2 = *(u8 *)(r1 + 0)
out:
r0 = 0
exit
