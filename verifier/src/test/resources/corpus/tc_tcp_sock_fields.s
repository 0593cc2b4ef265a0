; section: tc
; license: GPL
; bpf_tcp_sock: 4-byte fields and the two 8-byte counters
r1 = *(u64 *)(r1 + 168)
if r1 == 0 goto out
call bpf_tcp_sock
if r0 == 0 goto out
r2 = *(u32 *)(r0 + 0)
r3 = *(u64 *)(r0 + 80)
r4 = *(u64 *)(r0 + 88)
r5 = *(u32 *)(r0 + 108)
out:
r0 = 0
exit
