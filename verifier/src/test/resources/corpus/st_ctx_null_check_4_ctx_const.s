; section: cgroup/sendmsg6
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ctx.c, null_check_4_ctx_const()
; selftest expects: reject | negative offset ctx ptr R1 off=-612 disallowed
r1 += -0x264
call 0x7a
r0 = 0x0
exit
