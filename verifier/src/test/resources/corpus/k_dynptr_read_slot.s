; section: xdp
; license: GPL
; extern: kfunc bpf_dynptr_from_xdp
; extern: kfunc bpf_dynptr_slice
; extern: kfunc bpf_dynptr_slice_rdwr
; reads the dynptr's own stack bytes
r6 = r1
r2 = 0
r3 = r10
r3 += -16
call kfunc[bpf_dynptr_from_xdp]
r0 = *(u64 *)(r10 - 16)
r0 = 2
exit
