; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, _32bit_and_64bit_arithmetic_test1()
; selftest expects: accept
r0 = 0x0
r1 = -0x1
r1 <<= 0x20
r1 += 0x1
if w1 > 0x1 goto +0x3 <l0_19>
r1 += 0x1
if w1 > 0x2 goto +0x1 <l0_19>
goto +0x1 <l1_19>
r0 = *(u64 *)(r0 - 0x1)
exit
