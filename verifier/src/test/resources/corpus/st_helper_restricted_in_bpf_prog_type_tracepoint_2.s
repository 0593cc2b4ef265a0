; section: tracepoint
; license: GPL
; map: map_timer array 4 16 1
; map: map_spin_lock array 4 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_restricted.c, in_bpf_prog_type_tracepoint_2()
; selftest expects: reject | tracing progs cannot use bpf_timer yet
r2 = r10
r2 += -0x8
r1 = 0x0
*(u64 *)(r2 + 0x0) = r1
r1 = map[map_timer] ll
call 0x1
if r0 == 0x0 goto +0x4 <l0_2>
r1 = r0
r2 = map[map_timer] ll
r3 = 0x1
call 0xa9
exit
