; section: tracepoint
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_loops1.c, count_to_4_with_equality()
; selftest expects: accept
r0 = 0x0
r0 += 0x1
if r0 != 0x4 goto -0x2 <l0_4>
exit
