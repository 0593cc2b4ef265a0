; section: xdp
; license: GPL
; Pops a 4-byte tag in front of the Ethernet header and re-reads the packet pointers.
r6 = r1
r1 = r6
r2 = 4
call bpf_xdp_adjust_head
if r0 != 0 goto drop
r2 = *(u32 *)(r6 + 0)
r3 = *(u32 *)(r6 + 4)
r4 = r2
r4 += 14
if r4 > r3 goto drop
r0 = *(u8 *)(r2 + 0)
r0 = 2
exit
drop:
r0 = 1
exit
