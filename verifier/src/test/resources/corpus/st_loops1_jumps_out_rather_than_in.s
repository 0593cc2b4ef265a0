; section: tracepoint
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_loops1.c, jumps_out_rather_than_in()
; selftest expects: accept
r6 = 0x0
r6 += 0x1
if r6 > 0x2710 goto +0x2 <l0_7>
call 0x7
goto -0x4 <l1_7>
exit
