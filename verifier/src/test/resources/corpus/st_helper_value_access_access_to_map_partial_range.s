; section: tracepoint
; license: GPL
; map: map_hash_48b hash 8 48 1
; map: map_hash_16b hash 8 16 1
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_value_access.c, access_to_map_partial_range()
; selftest expects: accept
r2 = r10
r2 += -0x8
r1 = 0x0
*(u64 *)(r2 + 0x0) = r1
r1 = map[map_hash_48b] ll
call 0x1
if r0 == 0x0 goto +0x4 <l0_1>
r1 = r0
r2 = 0x8
r3 = 0x0
call 0x71
exit
