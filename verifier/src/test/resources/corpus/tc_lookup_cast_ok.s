; section: tc
; license: GPL
; the same cast read before the release
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
if r0 == 0 goto out
r7 = r0
r1 = r0
call bpf_tcp_sock
if r0 == 0 goto rel
r2 = *(u32 *)(r0 + 0)
rel:
r1 = r7
call bpf_sk_release
out:
r0 = 0
exit
