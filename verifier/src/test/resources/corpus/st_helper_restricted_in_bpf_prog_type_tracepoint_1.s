; section: tracepoint
; license: GPL
; map: map_timer array 4 16 1
; map: map_spin_lock array 4 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_restricted.c, in_bpf_prog_type_tracepoint_1()
; selftest expects: reject | program of this type cannot use helper bpf_ktime_get_coarse_ns
call 0xa0
r0 = 0x0
exit
