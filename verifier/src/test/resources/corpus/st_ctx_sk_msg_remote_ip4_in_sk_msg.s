; section: sk_msg
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ctx_sk_msg.c, remote_ip4_in_sk_msg()
; selftest expects: accept
r0 = *(u32 *)(r1 + 0x14)
exit
