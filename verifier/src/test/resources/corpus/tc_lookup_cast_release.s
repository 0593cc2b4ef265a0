; section: tc
; license: GPL
; a bpf_tcp_sock cast of a looked-up socket dies with the socket's release
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
r8 = r0
r1 = r7
call bpf_sk_release
if r8 == 0 goto out
r0 = *(u32 *)(r8 + 0)
out:
r0 = 0
exit
