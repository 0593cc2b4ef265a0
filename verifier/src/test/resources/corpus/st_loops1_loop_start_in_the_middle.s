; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_loops1.c, loop_start_in_the_middle()
; selftest expects: accept
r0 = 0x0
goto +0x1 <l0_5>
r0 += 0x1
if r0 < 0x4 goto -0x2 <l1_5>
exit
