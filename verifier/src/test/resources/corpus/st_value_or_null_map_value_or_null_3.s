; section: tc
; license: GPL
; map: map_hash_8b hash 8 8 1
; map: map_hash_48b hash 8 48 1
; from tools/testing/selftests/bpf/progs/verifier_value_or_null.c, map_value_or_null_3()
; selftest expects: reject | R4 pointer arithmetic on map_value_or_null
r1 = 0xa
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
r4 = r0
r4 <<= 0x1
if r0 == 0x0 goto +0x2 <l0_3>
r1 = 0x0
*(u64 *)(r4 + 0x0) = r1
exit
