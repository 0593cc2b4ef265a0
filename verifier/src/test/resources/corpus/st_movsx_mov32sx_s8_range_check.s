; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_movsx.c, mov32sx_s8_range_check()
; selftest expects: accept
call 0x7
w0 &= 0x1
w0 += 0xfe
w0 = (s8)w0
if w0 < -0x2 goto +0x2 <label_11>
r0 = 0x0
exit
exit
