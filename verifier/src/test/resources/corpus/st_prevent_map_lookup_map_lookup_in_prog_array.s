; section: socket
; license: GPL
; map: map_prog2_socket prog_array 4 4 8
; from tools/testing/selftests/bpf/progs/verifier_prevent_map_lookup.c, map_lookup_in_prog_array()
; selftest expects: reject | cannot pass map_type 3 into func bpf_map_lookup_elem
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_prog2_socket] ll
call 0x1
exit
