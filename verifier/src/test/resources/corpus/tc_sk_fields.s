; section: tc
; license: GPL
; fields of skb->sk (struct bpf_sock through a sock_common pointer), narrow and whole
r1 = *(u64 *)(r1 + 168)
if r1 == 0 goto out
r2 = *(u8 *)(r1 + 4)
r3 = *(u16 *)(r1 + 48)
r4 = *(u32 *)(r1 + 48)
r5 = *(u8 *)(r1 + 49)
r2 = *(u16 *)(r1 + 30)
r3 = *(u8 *)(r1 + 72)
r4 = *(u32 *)(r1 + 76)
r5 = *(u32 *)(r1 + 0)
r2 = *(u32 *)(r1 + 60)
r3 = *(u16 *)(r1 + 44)
out:
r0 = 0
exit
