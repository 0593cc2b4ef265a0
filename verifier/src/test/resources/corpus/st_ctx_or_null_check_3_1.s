; section: cgroup/sendmsg6
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ctx.c, or_null_check_3_1()
; selftest expects: reject | R1 type=scalar expected=ctx
r1 = 0x1
call 0x7a
r0 = 0x0
exit
