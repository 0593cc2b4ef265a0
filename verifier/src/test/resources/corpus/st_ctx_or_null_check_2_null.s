; section: cgroup/sendmsg6
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ctx.c, or_null_check_2_null()
; selftest expects: accept
r1 = 0x0
call 0x7a
r0 = 0x0
exit
