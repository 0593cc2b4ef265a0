; section: perf_event
; license: GPL
; map: map_stacktrace stack_trace 4 8 1
; from tools/testing/selftests/bpf/progs/verifier_prevent_map_lookup.c, map_lookup_in_stack_trace()
; selftest expects: reject | cannot pass map_type 7 into func bpf_map_lookup_elem
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_stacktrace] ll
call 0x1
exit
