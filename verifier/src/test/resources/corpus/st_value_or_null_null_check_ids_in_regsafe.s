; section: cgroup/skb
; license: GPL
; map: map_hash_8b hash 8 8 1
; map: map_hash_48b hash 8 48 1
; from tools/testing/selftests/bpf/progs/verifier_value_or_null.c, null_check_ids_in_regsafe()
; selftest expects: reject | R8 invalid mem access 'map_value_or_null'
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
r9 = r0
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
r8 = r0
call 0x5
r7 = r0
call 0x5
r6 = r0
if r6 > r7 goto +0x1 <l0_8>
r9 = r8
if r9 == 0x0 goto +0x1 <l1_8>
r0 = *(u64 *)(r8 + 0x0)
r0 = 0x0
exit
