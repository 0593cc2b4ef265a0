; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ref_tracking.c, dummy_prog_24_tc()
; selftest expects: accept
r0 = 0x18
exit
