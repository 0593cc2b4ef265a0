; section: cgroup/connect4
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ctx.c, null_check_5_null_connect()
; selftest expects: accept
r1 = 0x0
call 0x7a
r0 = 0x0
exit
