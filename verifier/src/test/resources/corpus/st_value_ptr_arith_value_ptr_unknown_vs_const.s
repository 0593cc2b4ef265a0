; section: socket
; license: GPL
; map: map_array_48b array 4 48 1
; map: map_hash_16b hash 8 16 1
; from tools/testing/selftests/bpf/progs/verifier_value_ptr_arith.c, value_ptr_unknown_vs_const()
; selftest expects: accept
r0 = *(u32 *)(r1 + 0x0)
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
if r0 == 0x1 goto +0x3 <l0_0>
r1 = map[map_hash_16b] ll
if r0 != 0x1 goto +0x2 <l1_0>
r1 = map[map_array_48b] ll
call 0x1
if r0 == 0x0 goto +0x9 <l2_0>
r4 = *(u8 *)(r0 + 0x0)
if r4 == 0x1 goto +0x4 <l3_0>
r1 = 0x6
r1 = -r1
r1 &= 0x7
goto +0x1 <l4_0>
r1 = 0x3
r1 += r0
r0 = *(u8 *)(r1 + 0x0)
r0 = 0x1
exit
