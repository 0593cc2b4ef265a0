; section: xdp
; license: GPL
; extern: kfunc bpfj_no_such_kfunc weak
; a weak kfunc no kernel has, called only where its address is not NULL
r1 = btf_id[bpfj_no_such_kfunc] ll
if r1 == 0 goto out
call kfunc[bpfj_no_such_kfunc]
out:
r0 = 2
exit
