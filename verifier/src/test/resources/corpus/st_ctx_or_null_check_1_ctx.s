; section: cgroup/sendmsg6
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ctx.c, or_null_check_1_ctx()
; selftest expects: accept
call 0x7a
r0 = 0x0
exit
