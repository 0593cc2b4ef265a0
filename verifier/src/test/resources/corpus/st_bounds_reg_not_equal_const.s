; section: tc
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, reg_not_equal_const()
; selftest expects: accept
r6 = r1
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
call 0x7
r4 = r0
r4 &= 0x7
if r4 != 0x0 goto +0x2 <l0_36>
r0 = 0x0
exit
r1 = r6
r2 = 0x0
r3 = r10
r3 += -0x8
r5 = 0x0
call 0x9
r0 = 0x0
exit
