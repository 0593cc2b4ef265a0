; section: xdp
; license: GPL
; map: .rodata array 4 8 1 rdonly data=0500000000000000
; A frozen read-only constant decides the branch.
r1 = map_value[.rodata]+0 ll
r2 = *(u32 *)(r1 + 0)
if r2 == 5 goto ok
r0 = r10
exit
ok:
r0 = 2
exit
