; section: xdp
; license: GPL
; extern: kfunc bpf_ct_release weak
; a weak kfunc the kernel has: its address is never NULL, so the other branch is dead
r1 = btf_id[bpf_ct_release] ll
if r1 != 0 goto out
r0 = *(u8 *)(r10 - 600)
out:
r0 = 2
exit
