; section: socket
; license: GPL
; socket filters may return any value
r0 = 0x7fffffff
r0 <<= 8
exit
