; section: socket
; license: GPL
; bpf_skb_load_bytes into 14 bytes of an 8-byte stack slot at the frame's top
r1 = r1
r2 = 0
r3 = r10
r3 += -8
r4 = 14
call bpf_skb_load_bytes
r0 = 0
exit
