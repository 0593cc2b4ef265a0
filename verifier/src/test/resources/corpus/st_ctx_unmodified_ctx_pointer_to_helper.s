; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ctx.c, unmodified_ctx_pointer_to_helper()
; selftest expects: accept
r2 = 0x0
call 0x28
r0 = 0x0
exit
