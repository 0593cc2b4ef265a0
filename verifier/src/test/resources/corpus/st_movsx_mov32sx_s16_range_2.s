; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_movsx.c, mov32sx_s16_range_2()
; selftest expects: accept
r1 = 0xffff
w2 = (s16)w1
r2 >>= 0x1
if r2 != 0x7fffffff goto +0x2 <l0_2>
r0 = 0x1
exit
r0 = 0x0
goto -0x3 <l1_2>
