; section: tc
; license: GPL
; map: map_hash_48b hash 8 48 1
; from tools/testing/selftests/bpf/progs/verifier_map_ptr_mixing.c, pointers_for_lookup_hash_array__1()
; selftest expects: accept
r0 = map[map_hash_48b] ll
exit
