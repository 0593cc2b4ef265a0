; section: tc
; license: GPL
; map: map_array_48b array 4 48 1
; from tools/testing/selftests/bpf/progs/verifier_map_ptr_mixing.c, pointers_for_lookup_hash_array__2()
; selftest expects: accept
r0 = map[map_array_48b] ll
exit
