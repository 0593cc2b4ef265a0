; section: xdp
; license: GPL
; map: drops percpu_array 4 8 256
; built by clang/build.sh from clang/c_drop_udp.c
w0 = 0x2
r2 = *(u32 *)(r1 + 0x4)
r3 = *(u32 *)(r1 + 0x0)
r1 = r3
r1 += 0xe
if r1 > r2 goto +0x1f <c_drop_udp+0x128>
r4 = *(u8 *)(r3 + 0xd)
w4 <<= 0x8
r5 = *(u8 *)(r3 + 0xc)
w4 |= w5
if w4 != 0x8 goto +0x1a <c_drop_udp+0x128>
r4 = r3
r4 += 0x22
if r4 > r2 goto +0x17 <c_drop_udp+0x128>
r3 = *(u8 *)(r3 + 0x17)
if w3 != 0x11 goto +0x15 <c_drop_udp+0x128>
r3 = *(u8 *)(r1 + 0x0)
r3 <<= 0x2
r3 &= 0x3c
r1 += r3
r3 = r1
r3 += 0x8
if r3 > r2 goto +0xe <c_drop_udp+0x128>
r1 = *(u16 *)(r1 + 0x2)
if w1 != 0xf27 goto +0xc <c_drop_udp+0x128>
w1 = 0x11
*(u32 *)(r10 - 0x4) = r1
r2 = r10
r2 += -0x4
r1 = map[drops] ll
call 0x1
if r0 == 0x0 goto +0x3 <c_drop_udp+0x120>
r1 = *(u64 *)(r0 + 0x0)
r1 += 0x1
*(u64 *)(r0 + 0x0) = r1
w0 = 0x1
exit
