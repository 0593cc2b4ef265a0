; section: xdp
; license: GPL
; map: events ringbuf 0 0 4096
r6 = r1
r1 = map[events] ll
r2 = 16
r3 = 0
call bpf_ringbuf_reserve
if r0 == 0 goto out
r1 = *(u32 *)(r6 + 12)
*(u64 *)(r0 + 0) = r1
r1 = r0
r2 = 0
call bpf_ringbuf_submit
out:
r0 = 2
exit
