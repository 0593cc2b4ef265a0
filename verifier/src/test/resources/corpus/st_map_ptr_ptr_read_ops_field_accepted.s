; section: socket
; license: GPL
; map: map_array_48b array 4 48 1
; map: map_hash_16b hash 8 16 1
; from tools/testing/selftests/bpf/progs/verifier_map_ptr.c, ptr_read_ops_field_accepted()
; selftest expects: accept
r6 = 0x0
r1 = map[map_array_48b] ll
r6 = *(u64 *)(r1 + 0x0)
r0 = 0x1
exit
