; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_movsx.c, mov64sx_s8_range_check()
; selftest expects: accept
call 0x7
r0 &= 0x1
r0 += 0xfe
r0 = (s8)r0
if r0 < -0x2 goto +0x2 <label_10>
r0 = 0x0
exit
exit
