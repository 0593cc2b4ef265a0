; section: xdp
; license: GPL
; Uses a packet pointer loaded before bpf_xdp_adjust_head.
r6 = r1
r7 = *(u32 *)(r6 + 0)
r3 = *(u32 *)(r6 + 4)
r4 = r7
r4 += 14
if r4 > r3 goto drop
r1 = r6
r2 = 4
call bpf_xdp_adjust_head
r0 = *(u8 *)(r7 + 0)
r0 = 2
exit
drop:
r0 = 1
exit
