; section: xdp
; license: GPL
; extern: kfunc bpf_rcu_read_lock
; extern: kfunc bpf_rcu_read_unlock
; a kfunc bpfj does not model
call kfunc[bpf_rcu_read_lock]
call kfunc[bpf_rcu_read_unlock]
r0 = 2
exit
