; section: xdp
; license: GPL
; extern: kfunc bpf_dynptr_from_xdp
; extern: kfunc bpf_dynptr_slice
; extern: kfunc bpf_dynptr_slice_rdwr
; a dynptr at an offset that is not a multiple of 8
r6 = r1
r2 = 0
r3 = r10
r3 += -20
call kfunc[bpf_dynptr_from_xdp]
r0 = 2
exit
