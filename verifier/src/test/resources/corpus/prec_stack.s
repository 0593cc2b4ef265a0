; section: xdp
; license: GPL
; An offset chosen on one branch travels through the stack and a later join before it is used:
; pruning at the join must compare the spilled value.
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 16
if r4 > r3 goto out
r6 = *(u8 *)(r2 + 0)
if r6 == 1 goto a
r7 = 4
goto b
a:
r7 = 20
b:
*(u64 *)(r10 - 8) = r7
r8 = *(u8 *)(r2 + 1)
if r8 == 2 goto c
r9 = 1
goto d
c:
r9 = 2
d:
r7 = *(u64 *)(r10 - 8)
r2 += r7
r0 = *(u8 *)(r2 + 0)
out:
r0 = 2
exit
