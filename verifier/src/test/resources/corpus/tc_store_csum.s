; section: tc
; license: GPL
; rewrite the IPv4 TTL with bpf_skb_store_bytes and fix the checksum, then redirect
r6 = r1
r1 = r6
r2 = 22
r3 = r10
r3 += -8
r4 = 2
call bpf_skb_load_bytes
if r0 != 0 goto out
r1 = r6
r2 = 22
r3 = r10
r3 += -8
r4 = 2
r5 = 0
call bpf_skb_store_bytes
r1 = r6
r2 = 24
r3 = 0
r4 = 0x4000
r5 = 2
call bpf_l3_csum_replace
r1 = 2
r2 = 0
call bpf_redirect
exit
out:
r0 = 2
exit
