; section: tc
; license: GPL
; bpf_csum_diff over packet bytes (it has pkt_access)
r2 = *(u32 *)(r1 + 76)
r3 = *(u32 *)(r1 + 80)
r4 = r2
r4 += 20
if r4 > r3 goto out
r1 = 0
r3 = r2
r2 = 0
r4 = 20
r5 = 0
call bpf_csum_diff
exit
out:
r0 = 0
exit
