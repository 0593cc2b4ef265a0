; section: tc
; license: GPL
; tc may use LD_ABS too
r6 = r1
r0 = *(u16 *)skb[12]
if r0 == 0x86dd goto out
r0 = *(u32 *)skb[26]
r0 = 0
exit
out:
r0 = 2
exit
