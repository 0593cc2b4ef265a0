; section: xdp
; license: GPL
; map: out array 4 8 1
; 24 independent branches build a bit mask stored to a map: every path has its own value, yet Linux
; prunes the joins because the value never decides a branch or an access (it is not precise).
r9 = r1
r2 = *(u32 *)(r9 + 0)
r3 = *(u32 *)(r9 + 4)
r4 = r2
r4 += 24
if r4 > r3 goto out
r7 = 0
r6 = *(u8 *)(r2 + 0)
r7 <<= 1
if r6 == 1 goto a0
r7 |= 0
goto b0
a0:
r7 |= 1
b0:
r6 = *(u8 *)(r2 + 1)
r7 <<= 1
if r6 == 1 goto a1
r7 |= 0
goto b1
a1:
r7 |= 1
b1:
r6 = *(u8 *)(r2 + 2)
r7 <<= 1
if r6 == 1 goto a2
r7 |= 0
goto b2
a2:
r7 |= 1
b2:
r6 = *(u8 *)(r2 + 3)
r7 <<= 1
if r6 == 1 goto a3
r7 |= 0
goto b3
a3:
r7 |= 1
b3:
r6 = *(u8 *)(r2 + 4)
r7 <<= 1
if r6 == 1 goto a4
r7 |= 0
goto b4
a4:
r7 |= 1
b4:
r6 = *(u8 *)(r2 + 5)
r7 <<= 1
if r6 == 1 goto a5
r7 |= 0
goto b5
a5:
r7 |= 1
b5:
r6 = *(u8 *)(r2 + 6)
r7 <<= 1
if r6 == 1 goto a6
r7 |= 0
goto b6
a6:
r7 |= 1
b6:
r6 = *(u8 *)(r2 + 7)
r7 <<= 1
if r6 == 1 goto a7
r7 |= 0
goto b7
a7:
r7 |= 1
b7:
r6 = *(u8 *)(r2 + 8)
r7 <<= 1
if r6 == 1 goto a8
r7 |= 0
goto b8
a8:
r7 |= 1
b8:
r6 = *(u8 *)(r2 + 9)
r7 <<= 1
if r6 == 1 goto a9
r7 |= 0
goto b9
a9:
r7 |= 1
b9:
r6 = *(u8 *)(r2 + 10)
r7 <<= 1
if r6 == 1 goto a10
r7 |= 0
goto b10
a10:
r7 |= 1
b10:
r6 = *(u8 *)(r2 + 11)
r7 <<= 1
if r6 == 1 goto a11
r7 |= 0
goto b11
a11:
r7 |= 1
b11:
r6 = *(u8 *)(r2 + 12)
r7 <<= 1
if r6 == 1 goto a12
r7 |= 0
goto b12
a12:
r7 |= 1
b12:
r6 = *(u8 *)(r2 + 13)
r7 <<= 1
if r6 == 1 goto a13
r7 |= 0
goto b13
a13:
r7 |= 1
b13:
r6 = *(u8 *)(r2 + 14)
r7 <<= 1
if r6 == 1 goto a14
r7 |= 0
goto b14
a14:
r7 |= 1
b14:
r6 = *(u8 *)(r2 + 15)
r7 <<= 1
if r6 == 1 goto a15
r7 |= 0
goto b15
a15:
r7 |= 1
b15:
r6 = *(u8 *)(r2 + 16)
r7 <<= 1
if r6 == 1 goto a16
r7 |= 0
goto b16
a16:
r7 |= 1
b16:
r6 = *(u8 *)(r2 + 17)
r7 <<= 1
if r6 == 1 goto a17
r7 |= 0
goto b17
a17:
r7 |= 1
b17:
r6 = *(u8 *)(r2 + 18)
r7 <<= 1
if r6 == 1 goto a18
r7 |= 0
goto b18
a18:
r7 |= 1
b18:
r6 = *(u8 *)(r2 + 19)
r7 <<= 1
if r6 == 1 goto a19
r7 |= 0
goto b19
a19:
r7 |= 1
b19:
r6 = *(u8 *)(r2 + 20)
r7 <<= 1
if r6 == 1 goto a20
r7 |= 0
goto b20
a20:
r7 |= 1
b20:
r6 = *(u8 *)(r2 + 21)
r7 <<= 1
if r6 == 1 goto a21
r7 |= 0
goto b21
a21:
r7 |= 1
b21:
r6 = *(u8 *)(r2 + 22)
r7 <<= 1
if r6 == 1 goto a22
r7 |= 0
goto b22
a22:
r7 |= 1
b22:
r6 = *(u8 *)(r2 + 23)
r7 <<= 1
if r6 == 1 goto a23
r7 |= 0
goto b23
a23:
r7 |= 1
b23:
*(u32 *)(r10 - 4) = 0
r2 = r10
r2 += -4
r1 = map[out] ll
call bpf_map_lookup_elem
if r0 == 0 goto out
*(u64 *)(r0 + 0) = r7
out:
r0 = 2
exit
