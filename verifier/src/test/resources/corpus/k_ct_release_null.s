; section: xdp
; license: GPL
; extern: kfunc bpf_xdp_ct_lookup
; extern: kfunc bpf_ct_release
; bpf_ct_release(NULL): release kfuncs take trusted, non-NULL arguments
r1 = 0
call kfunc[bpf_ct_release]
r0 = 2
exit
