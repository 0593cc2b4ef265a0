; section: tc
; license: GPL
; map: map_spin_lock array 4 8 1
; from tools/testing/selftests/bpf/progs/verifier_spin_lock.c, reg_id_for_map_value()
; selftest expects: reject | bpf_spin_unlock of different lock
r6 = r1
r6 = *(u32 *)(r6 + 0x8)
r1 = map[map_spin_lock] ll
r9 = r1
r2 = 0x0
*(u32 *)(r10 - 0x4) = r2
r2 = r10
r2 += -0x4
call 0x1
if r0 != 0x0 goto +0x1 <l0_11>
exit
r7 = r0
r1 = r9
r2 = r10
r2 += -0x4
call 0x1
if r0 != 0x0 goto +0x1 <l1_11>
exit
r8 = r0
r1 = r7
r1 += 0x4
call 0x5d
if r6 == 0x0 goto +0x1 <l2_11>
goto +0x1 <l3_11>
r7 = r8
r1 = r7
r1 += 0x4
call 0x5e
r0 = 0x0
exit
