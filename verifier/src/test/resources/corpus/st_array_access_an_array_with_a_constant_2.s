; section: socket
; license: GPL
; map: map_hash_48b hash 8 48 1
; map: map_array_ro array 4 48 1 rdonly
; map: map_array_wo array 4 48 1
; from tools/testing/selftests/bpf/progs/verifier_array_access.c, an_array_with_a_constant_2()
; selftest expects: reject | invalid access to map value, value_size=48 off=48 size=8
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_48b] ll
call 0x1
if r0 == 0x0 goto +0x2 <l0_4>
r1 = 0x4
*(u64 *)(r0 + 0x30) = r1
exit
