; section: xdp
; license: GPL
; extern: kfunc bpf_dynptr_from_xdp
; extern: kfunc bpf_dynptr_slice
; extern: kfunc bpf_dynptr_slice_rdwr
; reads past the end of a 14-byte slice
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
if r0 == 0 goto out
r0 = *(u16 *)(r0 + 13)
out:
r0 = 2
exit
