; section: socket
; license: GPL
; map: map_array_48b array 4 48 1
; map: map_hash_16b hash 8 16 1
; from tools/testing/selftests/bpf/progs/verifier_map_ptr.c, read_with_negative_offset_rejected()
; selftest expects: reject | R1 is bpf_array invalid negative access: off=-8
r1 = r10
r1 = map[map_array_48b] ll
r6 = *(u64 *)(r1 - 0x8)
r0 = 0x1
exit
