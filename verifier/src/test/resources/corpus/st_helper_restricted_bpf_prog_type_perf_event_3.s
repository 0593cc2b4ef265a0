; section: perf_event
; license: GPL
; map: map_timer array 4 16 1
; map: map_spin_lock array 4 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_restricted.c, bpf_prog_type_perf_event_3()
; selftest expects: reject | tracing progs cannot use bpf_spin_lock yet
r2 = r10
r2 += -0x8
r1 = 0x0
*(u64 *)(r2 + 0x0) = r1
r1 = map[map_spin_lock] ll
call 0x1
if r0 == 0x0 goto +0x2 <l0_6>
r1 = r0
call 0x5d
exit
