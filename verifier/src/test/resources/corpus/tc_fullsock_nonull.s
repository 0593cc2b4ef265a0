; section: tc
; license: GPL
r1 = *(u64 *)(r1 + 168)
if r1 == 0 goto out
call bpf_sk_fullsock
r2 = *(u32 *)(r0 + 8)
out:
r0 = 0
exit
