; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cfg.c, conditional_loop2()
; selftest expects: accept
r9 = 0x2 ll
r3 = 0x20 ll
r4 = 0x35 ll
r8 = r4
goto +0x3 <l1_5>
r9 -= r3
r9 -= r4
r9 -= r8
r8 += r4
if r8 < 0x64 goto -0x5 <l0_5>
r0 = r9
exit
