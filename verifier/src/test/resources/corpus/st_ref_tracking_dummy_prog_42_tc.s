; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ref_tracking.c, dummy_prog_42_tc()
; selftest expects: accept
r0 = 0x2a
exit
