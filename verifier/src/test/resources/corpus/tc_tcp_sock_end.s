; section: tc
; license: GPL
r1 = *(u64 *)(r1 + 168)
if r1 == 0 goto out
call bpf_tcp_sock
if r0 == 0 goto out
r3 = *(u32 *)(r0 + 112)
out:
r0 = 0
exit
