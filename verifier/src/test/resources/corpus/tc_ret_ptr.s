; section: tc
; license: GPL
; tc programs are not range-checked on return
r0 = r10
exit
