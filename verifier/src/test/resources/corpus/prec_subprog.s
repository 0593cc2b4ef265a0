; section: xdp
; license: GPL
; An offset chosen by a branch is used as a packet offset inside a static function.
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 16
if r4 > r3 goto out
r6 = *(u8 *)(r2 + 0)
r1 = 2
if r6 != 7 goto j
r1 = 30
j:
r8 = *(u8 *)(r2 + 1)
if r8 == 3 goto k
r9 = 1
goto l
k:
r9 = 2
l:
call read_at
out:
r0 = 2
exit
read_at:
r2 += r1
r0 = *(u8 *)(r2 + 0)
exit
