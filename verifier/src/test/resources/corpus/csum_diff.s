; section: xdp
; license: GPL
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 20
if r4 > r3 goto out
r1 = 0
r3 = r2
r2 = 0
r4 = 20
r5 = 0
call bpf_csum_diff
out:
r0 = 2
exit
