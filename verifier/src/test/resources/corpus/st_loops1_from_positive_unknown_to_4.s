; section: tracepoint
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_loops1.c, from_positive_unknown_to_4()
; selftest expects: accept
call 0x7
if r0 s< 0x0 goto +0x2 <l0_2>
r0 += 0x1
if r0 < 0x4 goto -0x2 <l1_2>
exit
