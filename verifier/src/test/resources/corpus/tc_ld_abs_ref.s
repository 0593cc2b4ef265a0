; section: tc
; license: GPL
; LD_ABS while a socket reference is held
r6 = r1
*(u64 *)(r10 - 8) = 0
*(u64 *)(r10 - 16) = 0
*(u64 *)(r10 - 24) = 0
*(u64 *)(r10 - 32) = 0
*(u64 *)(r10 - 40) = 0
r1 = r6
r2 = r10
r2 += -40
r3 = 12
r4 = -1 ll
r5 = 0
call bpf_sk_lookup_tcp
r7 = r0
r0 = *(u8 *)skb[12]
if r7 == 0 goto out
r1 = r7
call bpf_sk_release
out:
r0 = 0
exit
