; section: cgroup/post_bind4
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ctx.c, null_check_7_ctx_bind()
; selftest expects: accept
call 0x2e
r0 = 0x0
exit
