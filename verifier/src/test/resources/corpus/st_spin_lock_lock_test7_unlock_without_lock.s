; section: cgroup/skb
; license: GPL
; map: map_spin_lock array 4 8 1
; from tools/testing/selftests/bpf/progs/verifier_spin_lock.c, lock_test7_unlock_without_lock()
; selftest expects: reject | without taking a lock
r1 = 0x0
*(u32 *)(r10 - 0x4) = r1
r2 = r10
r2 += -0x4
r1 = map[map_spin_lock] ll
call 0x1
if r0 != 0x0 goto +0x1 <l0_6>
exit
r6 = r0
r1 = r0
r1 += 0x4
if r1 != 0x0 goto +0x1 <l1_6>
call 0x5d
r1 = r6
r1 += 0x4
r0 = *(u32 *)(r6 + 0x0)
call 0x5e
r0 = 0x0
exit
