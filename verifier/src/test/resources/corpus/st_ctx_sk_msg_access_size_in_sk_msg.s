; section: sk_msg
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ctx_sk_msg.c, access_size_in_sk_msg()
; selftest expects: accept
r0 = *(u32 *)(r1 + 0x44)
exit
