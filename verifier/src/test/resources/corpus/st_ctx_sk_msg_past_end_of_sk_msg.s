; section: sk_msg
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ctx_sk_msg.c, past_end_of_sk_msg()
; selftest expects: reject | invalid bpf_context access
r2 = *(u32 *)(r1 + 0x48)
exit
