; section: tc
; license: GPL
r1 = *(u64 *)(r1 + 168)
if r1 == 0 goto out
call bpf_sk_fullsock
if r0 == 0 goto out
r2 = *(u8 *)(r0 + 20)
out:
r0 = 0
exit
