; section: tracepoint
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_loops1.c, infinite_loop_in_two_jumps()
; selftest expects: reject | loop detected
r0 = 0x0
goto +0x0 <l0_10>
if r0 < 0x4 goto -0x2 <l1_10>
exit
