; section: tc
; license: GPL
; bpf_sk_fullsock gives the full struct bpf_sock
r1 = *(u64 *)(r1 + 168)
if r1 == 0 goto out
call bpf_sk_fullsock
if r0 == 0 goto out
r2 = *(u32 *)(r0 + 8)
r3 = *(u32 *)(r0 + 16)
r4 = *(u32 *)(r0 + 20)
r5 = *(u16 *)(r0 + 12)
out:
r0 = 0
exit
