; section: socket
; license: GPL
; map: map_array_48b array 4 48 1
; map: map_hash_16b hash 8 16 1
; from tools/testing/selftests/bpf/progs/verifier_map_ptr.c, read_non_existent_field_rejected()
; selftest expects: reject | cannot access ptr member ops with moff 0 in struct bpf_map with off 1 size 4
r6 = 0x0
r1 = map[map_array_48b] ll
r6 = *(u32 *)(r1 + 0x1)
r0 = 0x1
exit
