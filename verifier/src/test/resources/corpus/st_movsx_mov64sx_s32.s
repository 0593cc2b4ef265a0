; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_movsx.c, mov64sx_s32()
; selftest expects: accept
r0 = -0x2
r0 = (s32)r0
r0 >>= 0x1
exit
