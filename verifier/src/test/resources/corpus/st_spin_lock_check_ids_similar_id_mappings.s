; section: cgroup/skb
; license: GPL
; map: map_spin_lock array 4 8 1
; from tools/testing/selftests/bpf/progs/verifier_spin_lock.c, check_ids_similar_id_mappings()
; selftest expects: accept | 29: safe
r1 = 0x0
*(u32 *)(r10 - 0x4) = r1
r2 = r10
r2 += -0x4
r1 = map[map_spin_lock] ll
call 0x1
if r0 == 0x0 goto +0x18 <l0_12>
r9 = r0
r2 = r10
r2 += -0x4
r1 = map[map_spin_lock] ll
call 0x1
if r0 == 0x0 goto +0x12 <l1_12>
r8 = r0
call 0x5
r7 = r0
call 0x5
r6 = r0
if r6 > r7 goto +0x5 <l2_12>
r1 = r8
r1 += 0x4
call 0x5d
r9 = r8
goto +0x3 <l3_12>
r1 = r9
r1 += 0x4
call 0x5d
r1 = r9
r1 += 0x4
call 0x5e
r0 = 0x0
exit
