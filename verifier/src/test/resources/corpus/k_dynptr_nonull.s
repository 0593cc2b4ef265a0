; section: xdp
; license: GPL
; extern: kfunc bpf_dynptr_from_xdp
; extern: kfunc bpf_dynptr_slice
; extern: kfunc bpf_dynptr_slice_rdwr
; uses a slice without checking it for NULL
r6 = r1
r2 = 0
r3 = r10
r3 += -16
call kfunc[bpf_dynptr_from_xdp]
r1 = r10
r1 += -16
r2 = 0
r3 = r10
r3 += -32
r4 = 14
call kfunc[bpf_dynptr_slice]
r0 = *(u8 *)(r0 + 0)
r0 = 2
exit
