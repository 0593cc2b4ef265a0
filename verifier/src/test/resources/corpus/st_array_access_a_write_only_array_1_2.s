; section: socket
; license: GPL
; map: map_hash_48b hash 8 48 1
; map: map_array_ro array 4 48 1 rdonly
; map: map_array_wo array 4 48 1
; from tools/testing/selftests/bpf/progs/verifier_array_access.c, a_write_only_array_1_2()
; selftest expects: reject | read from map forbidden
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_array_wo] ll
call 0x1
if r0 == 0x0 goto +0x1 <l0_16>
r0 = *(u64 *)(r0 + 0x0)
exit
