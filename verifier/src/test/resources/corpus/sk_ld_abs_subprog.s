; section: socket
; license: GPL
; LD_ABS in a static subprogram: a short packet returns 0 from it
r6 = r1
call get_proto
r0 += 1
exit
get_proto:
r0 = *(u8 *)skb[23]
exit
