; section: xdp
; license: GPL
r0 = 2
exit
