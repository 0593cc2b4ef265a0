; section: socket
; license: GPL
; map: map_hash_48b hash 8 48 1
; from tools/testing/selftests/bpf/progs/verifier_value_illegal_alu.c, value_illegal_alu_op_3()
; selftest expects: reject | R0 pointer arithmetic with /= operator
r2 = r10
r2 += -0x8
r1 = 0x0
*(u64 *)(r2 + 0x0) = r1
r1 = map[map_hash_48b] ll
call 0x1
if r0 == 0x0 goto +0x3 <l0_2>
r0 /= 0x2a
r1 = 0x16
*(u64 *)(r0 + 0x0) = r1
exit
