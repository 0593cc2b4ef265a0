; section: tc
; license: GPL
; map: map_spin_lock array 4 8 1
; from tools/testing/selftests/bpf/progs/verifier_spin_lock.c, test11_ld_abs_under_lock()
; selftest expects: reject | inside bpf_spin_lock
r6 = r1
r1 = 0x0
*(u32 *)(r10 - 0x4) = r1
r2 = r10
r2 += -0x4
r1 = map[map_spin_lock] ll
call 0x1
if r0 != 0x0 goto +0x1 <l0_10>
exit
r7 = r0
r1 = r0
r1 += 0x4
call 0x5d
r0 = *(u8 *)skb[0x0]
r1 = r7
r1 += 0x4
call 0x5e
r0 = 0x0
exit
