; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_movsx.c, mov32sx_s8_range()
; selftest expects: accept
call 0x7
w1 = (s8)w0
if w1 s> 0x7f goto +0x3 <l0_0>
if w1 s< -0x80 goto +0x2 <l0_0>
r0 = 0x1
exit
r0 = 0x2
goto -0x3 <l1_0>
