; section: tc
; license: GPL
; a static subprogram that pulls data invalidates the caller's packet pointers
r6 = r1
r7 = *(u32 *)(r6 + 76)
r3 = *(u32 *)(r6 + 80)
r4 = r7
r4 += 1
if r4 > r3 goto out
r1 = r6
call pull
r0 = *(u8 *)(r7 + 0)
out:
r0 = 0
exit
pull:
r2 = 1
call bpf_skb_pull_data
r0 = 0
exit
