; section: sk_msg
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ctx_sk_msg.c, of_size_in_sk_msg()
; selftest expects: reject | invalid bpf_context access
r2 = *(u64 *)(r1 + 0x44)
exit
