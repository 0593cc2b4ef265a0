; section: tc
; license: GPL
; l4_csum_replace takes no memory: a packet pointer in an ANYTHING argument is a leak only for CAP_BPF
r6 = r1
r2 = *(u32 *)(r6 + 76)
r1 = r6
r3 = 0
r4 = 1
r5 = 2
call bpf_l4_csum_replace
r0 = 0
exit
