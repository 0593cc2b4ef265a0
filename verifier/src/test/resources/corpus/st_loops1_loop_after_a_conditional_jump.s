; section: tracepoint
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_loops1.c, loop_after_a_conditional_jump()
; selftest expects: reject | program is too large
r0 = 0x5
if r0 < 0x4 goto +0x2 <l0_8>
r0 += 0x1
goto -0x2 <l1_8>
exit
