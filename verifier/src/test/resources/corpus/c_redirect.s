; section: xdp
; license: GPL
; map: ports devmap 4 4 16
; map: cfg array 4 4 1
; built by clang/build.sh from clang/c_redirect.c
w6 = 0x0
*(u32 *)(r10 - 0x4) = r6
r2 = r10
r2 += -0x4
r1 = map[cfg] ll
call 0x1
if r0 == 0x0 goto +0x7 <c_redirect+0x78>
r2 = *(u32 *)(r0 + 0x0)
w2 &= 0xf
r1 = map[ports] ll
r3 = 0x2
call 0x33
r6 = r0
w0 = w6
exit
