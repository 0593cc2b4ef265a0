; section: tracepoint
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_const_or.c, register_should_keep_constant_type()
; selftest expects: accept
r1 = r10
r1 += -0x30
r2 = 0x22
r4 = 0xd
r2 |= r4
r3 = 0x0
call 0x71
exit
