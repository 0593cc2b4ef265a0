; section: cgroup/skb
; license: GPL
; map: map_spin_lock array 4 8 1
; from tools/testing/selftests/bpf/progs/verifier_spin_lock.c, spin_lock_test9_different_lock()
; selftest expects: reject | unlock of different lock
r1 = 0x0
*(u32 *)(r10 - 0x4) = r1
r2 = r10
r2 += -0x4
r1 = map[map_spin_lock] ll
call 0x1
if r0 != 0x0 goto +0x1 <l0_8>
exit
r6 = r0
r2 = r10
r2 += -0x4
r1 = map[map_spin_lock] ll
call 0x1
if r0 != 0x0 goto +0x1 <l1_8>
exit
r7 = r0
r1 = r6
r1 += 0x4
call 0x5d
r1 = r7
r1 += 0x4
call 0x5e
r0 = 0x0
exit
