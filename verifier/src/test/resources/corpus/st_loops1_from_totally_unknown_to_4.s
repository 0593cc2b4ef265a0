; section: tracepoint
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_loops1.c, from_totally_unknown_to_4()
; selftest expects: accept
call 0x7
r0 += 0x1
if r0 < 0x4 goto -0x2 <l0_3>
exit
