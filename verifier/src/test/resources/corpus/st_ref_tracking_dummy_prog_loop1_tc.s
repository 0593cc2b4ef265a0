; section: tc
; license: GPL
; map: map_prog1_tc prog_array 4 4 4
; from tools/testing/selftests/bpf/progs/verifier_ref_tracking.c, dummy_prog_loop1_tc()
; selftest expects: accept
r3 = 0x1
r2 = map[map_prog1_tc] ll
call 0xc
r0 = 0x29
exit
