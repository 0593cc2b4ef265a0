; section: xdp
; license: Dual MIT/GPL
; map: blocked hash 4 8 1024
; built by clang/build.sh from clang/c_blocklist.c
w0 = 0x2
r2 = *(u32 *)(r1 + 0x4)
r1 = *(u32 *)(r1 + 0x0)
r3 = r1
r3 += 0x22
if r3 > r2 goto +0x12 <c_blocklist+0xc0>
r2 = *(u8 *)(r1 + 0xc)
r3 = *(u8 *)(r1 + 0xd)
w3 <<= 0x8
w3 |= w2
if w3 != 0x8 goto +0xd <c_blocklist+0xc0>
r1 = *(u32 *)(r1 + 0x1a)
*(u32 *)(r10 - 0x4) = r1
r2 = r10
r2 += -0x4
r1 = map[blocked] ll
call 0x1
r1 = r0
w0 = 0x2
if r1 == 0x0 goto +0x3 <c_blocklist+0xc0>
r2 = 0x1
lock *(u64 *)(r1 + 0x0) += r2
w0 = 0x1
exit
