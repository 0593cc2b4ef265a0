; section: tc
; license: GPL
; map: map_array_48b array 4 48 1
; from tools/testing/selftests/bpf/progs/verifier_map_ptr_mixing.c, lookup_hash_map_in_map__1()
; selftest expects: reject | only read from bpf_array is supported
r0 = map[map_array_48b] ll
exit
