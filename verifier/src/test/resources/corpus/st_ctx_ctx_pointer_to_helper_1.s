; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ctx.c, ctx_pointer_to_helper_1()
; selftest expects: reject | negative offset ctx ptr R1 off=-612 disallowed
r1 += -0x264
r2 = 0x0
call 0x28
r0 = 0x0
exit
