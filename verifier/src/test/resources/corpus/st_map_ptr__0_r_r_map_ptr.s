; section: socket
; license: GPL
; map: map_array_48b array 4 48 1
; map: map_hash_16b hash 8 16 1
; from tools/testing/selftests/bpf/progs/verifier_map_ptr.c, _0_r_r_map_ptr()
; selftest expects: accept
r0 = 0x0
*(u64 *)(r10 - 0x8) = r0
r2 = r10
r2 += -0x8
r1 = 0x0
r0 = map[map_hash_16b] ll
r1 += r0
call 0x1
r0 = 0x0
exit
