; section: xdp
; license: GPL
; extern: kfunc bpf_xdp_ct_alloc
; extern: kfunc bpf_ct_insert_entry
; extern: kfunc bpf_ct_set_timeout
; extern: kfunc bpf_ct_change_timeout
; extern: kfunc bpf_ct_release
; releases an entry that was never inserted: bpf_ct_release wants a struct nf_conn
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
call kfunc[bpf_xdp_ct_alloc]
if r0 == 0 goto out
r1 = r0
call kfunc[bpf_ct_release]
out:
r0 = 2
exit
