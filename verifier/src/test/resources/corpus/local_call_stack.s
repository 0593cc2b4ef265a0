; section: xdp
; license: GPL
r0 = 0
*(u64 *)(r10 - 256) = r0
call f
r0 = 2
exit
f:
r0 = 0
*(u64 *)(r10 - 256) = r0
exit
