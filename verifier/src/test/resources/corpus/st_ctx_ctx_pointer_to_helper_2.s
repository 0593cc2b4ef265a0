; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ctx.c, ctx_pointer_to_helper_2()
; selftest expects: reject | negative offset ctx ptr R1 off=-612 disallowed
r1 += -0x264
call 0x2e
r0 = 0x0
exit
