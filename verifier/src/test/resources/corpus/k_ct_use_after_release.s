; section: xdp
; license: GPL
; extern: kfunc bpf_xdp_ct_lookup
; extern: kfunc bpf_ct_release
; reads through a copy of the pointer after releasing it
r6 = r1
r1 = 0
*(u64 *)(r10 - 16) = r1
*(u32 *)(r10 - 8) = r1
*(u64 *)(r10 - 32) = r1
*(u64 *)(r10 - 24) = r1
r1 = -1
*(u32 *)(r10 - 32) = r1
r1 = 6
*(u8 *)(r10 - 24) = r1
r1 = r6
r2 = r10
r2 += -16
r3 = 12
r4 = r10
r4 += -32
r5 = 16
call kfunc[bpf_xdp_ct_lookup]
if r0 == 0 goto out
r7 = r0
r1 = r0
call kfunc[bpf_ct_release]
r0 = *(u32 *)(r7 + 0)
out:
r0 = 2
exit
