; section: xdp
; license: GPL
; A static function computes the action.
r6 = r1
r1 = 3
call helper
r0 &= 3
exit
helper:
r0 = r1
r0 += 1
exit
