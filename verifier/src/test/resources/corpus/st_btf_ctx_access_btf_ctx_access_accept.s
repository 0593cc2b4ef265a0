; section: fentry/bpf_modify_return_test
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_btf_ctx_access.c, btf_ctx_access_accept()
; selftest expects: accept
r2 = *(u64 *)(r1 + 0x8)
r0 = 0x0
exit
