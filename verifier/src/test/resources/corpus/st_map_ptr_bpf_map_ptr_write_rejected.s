; section: socket
; license: GPL
; map: map_array_48b array 4 48 1
; map: map_hash_16b hash 8 16 1
; from tools/testing/selftests/bpf/progs/verifier_map_ptr.c, bpf_map_ptr_write_rejected()
; selftest expects: reject | only read from bpf_array is supported
r0 = 0x0
*(u64 *)(r10 - 0x8) = r0
r2 = r10
r2 += -0x8
r1 = map[map_array_48b] ll
*(u64 *)(r1 + 0x0) = r2
r0 = 0x1
exit
