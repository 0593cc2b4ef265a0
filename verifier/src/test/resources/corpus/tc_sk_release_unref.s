; section: tc
; license: GPL
; skb->sk is not a reference the program holds
r1 = *(u64 *)(r1 + 168)
if r1 == 0 goto out
call bpf_sk_release
out:
r0 = 0
exit
