; section: sk_skb
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ctx_sk_msg.c, local_ip6_in_sk_msg()
; selftest expects: accept
r0 = *(u32 *)(r1 + 0x2c)
r0 = *(u32 *)(r1 + 0x30)
r0 = *(u32 *)(r1 + 0x34)
r0 = *(u32 *)(r1 + 0x38)
exit
