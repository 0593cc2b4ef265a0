; section: xdp
; license: GPL
; map: events ringbuf 0 0 4096
; built by clang/build.sh from clang/c_ringbuf.c
r6 = r1
r1 = map[events] ll
r2 = 0x8
r3 = 0x0
call 0x83
if r0 == 0x0 goto +0x9 <c_ringbuf+0x80>
r1 = *(u32 *)(r6 + 0xc)
*(u32 *)(r0 + 0x0) = r1
r1 = *(u32 *)(r6 + 0x0)
r2 = *(u32 *)(r6 + 0x4)
w2 -= w1
*(u32 *)(r0 + 0x4) = r2
r1 = r0
r2 = 0x0
call 0x84
w0 = 0x2
exit
