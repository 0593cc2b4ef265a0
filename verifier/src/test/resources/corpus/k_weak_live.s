; section: xdp
; license: GPL
; extern: kfunc bpfj_no_such_kfunc weak
; a weak kfunc no kernel has, called unconditionally
call kfunc[bpfj_no_such_kfunc]
r0 = 2
exit
