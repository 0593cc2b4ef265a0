; section: tc
; license: GPL
; a sign-extending load of a field is fine, of skb->data it is not
r2 = *(s16 *)(r1 + 16)
r3 = *(s32 *)(r1 + 76)
r0 = 0
exit
