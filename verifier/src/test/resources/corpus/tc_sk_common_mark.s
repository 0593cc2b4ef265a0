; section: tc
; license: GPL
; mark is not a sock_common field
r1 = *(u64 *)(r1 + 168)
if r1 == 0 goto out
r2 = *(u32 *)(r1 + 16)
out:
r0 = 0
exit
