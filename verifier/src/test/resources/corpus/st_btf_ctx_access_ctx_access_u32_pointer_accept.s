; section: fentry/bpf_fentry_test9
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_btf_ctx_access.c, ctx_access_u32_pointer_accept()
; selftest expects: accept
r2 = *(u64 *)(r1 + 0x0)
r0 = 0x0
exit
