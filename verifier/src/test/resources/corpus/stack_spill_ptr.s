; section: xdp
; license: GPL
; Spills data_end to the stack and fills it back for the check.
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
*(u64 *)(r10 - 16) = r3
r4 = r2
r4 += 1
r3 = *(u64 *)(r10 - 16)
if r4 > r3 goto out
r0 = *(u8 *)(r2 + 0)
out:
r0 = 2
exit
