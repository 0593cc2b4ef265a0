; section: tracepoint
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_const_or.c, not_bypass_stack_boundary_checks_1()
; selftest expects: reject | invalid indirect access to stack R1 off=-48 size=58
r1 = r10
r1 += -0x30
r2 = 0x22
r2 |= 0x18
r3 = 0x0
call 0x71
exit
