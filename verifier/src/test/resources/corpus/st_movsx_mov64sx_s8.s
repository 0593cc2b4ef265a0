; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_movsx.c, mov64sx_s8()
; selftest expects: accept
r0 = 0x1fe
r0 = (s8)r0
exit
