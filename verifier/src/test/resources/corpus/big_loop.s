; section: xdp
; license: GPL
r0 = 0
loop:
r0 += 1
if r0 < 2000 goto loop
r0 = 2
exit
