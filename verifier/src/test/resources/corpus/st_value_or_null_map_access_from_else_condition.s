; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; map: map_hash_48b hash 8 48 1
; from tools/testing/selftests/bpf/progs/verifier_value_or_null.c, map_access_from_else_condition()
; selftest expects: reject | R0 unbounded memory access
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_48b] ll
call 0x1
if r0 == 0x0 goto +0x7 <l0_6>
r1 = *(u32 *)(r0 + 0x0)
if r1 >= 0xa goto +0x1 <l1_6>
r1 += 0x1
r1 <<= 0x2
r0 += r1
r1 = 0x4
*(u64 *)(r0 + 0x0) = r1
exit
