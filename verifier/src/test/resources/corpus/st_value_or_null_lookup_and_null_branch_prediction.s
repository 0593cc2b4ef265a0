; section: tc
; license: GPL
; map: map_hash_8b hash 8 8 1
; map: map_hash_48b hash 8 48 1
; from tools/testing/selftests/bpf/progs/verifier_value_or_null.c, lookup_and_null_branch_prediction()
; selftest expects: accept
r1 = 0xa
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
r6 = r0
if r6 == 0x0 goto +0x2 <l0_7>
if r6 != 0x0 goto +0x1 <l0_7>
r10 += 0xa
exit
