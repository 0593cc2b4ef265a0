; section: cgroup/post_bind4
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ctx.c, null_check_6_null_bind()
; selftest expects: accept
r1 = 0x0
call 0x7a
r0 = 0x0
exit
