; section: sk_skb
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ctx_sk_msg.c, remote_ip6_in_sk_msg()
; selftest expects: accept
r0 = *(u32 *)(r1 + 0x1c)
r0 = *(u32 *)(r1 + 0x20)
r0 = *(u32 *)(r1 + 0x24)
r0 = *(u32 *)(r1 + 0x28)
exit
