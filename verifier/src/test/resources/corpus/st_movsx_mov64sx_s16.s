; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_movsx.c, mov64sx_s16()
; selftest expects: accept
r0 = 0xf0f23
r0 = (s16)r0
exit
