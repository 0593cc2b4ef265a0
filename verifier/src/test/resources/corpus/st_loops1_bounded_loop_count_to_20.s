; section: tracepoint
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_loops1.c, bounded_loop_count_to_20()
; selftest expects: accept
r0 = 0x0
r0 += 0x3
if r0 < 0x14 goto -0x2 <l0_1>
exit
