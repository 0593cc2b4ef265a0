; section: socket
; license: GPL
; map: map_hash_48b hash 8 48 1
; from tools/testing/selftests/bpf/progs/verifier_value.c, element_value_with_unaligned_store()
; selftest expects: accept
r2 = r10
r2 += -0x8
r1 = 0x0
*(u64 *)(r2 + 0x0) = r1
r1 = map[map_hash_48b] ll
call 0x1
if r0 == 0x0 goto +0x1d <l0_1>
r0 += 0x3
r1 = 0x2a
*(u64 *)(r0 + 0x0) = r1
r1 = 0x2b
*(u64 *)(r0 + 0x2) = r1
r1 = 0x2c
*(u64 *)(r0 - 0x2) = r1
r8 = r0
r1 = 0x20
*(u64 *)(r8 + 0x0) = r1
r1 = 0x21
*(u64 *)(r8 + 0x2) = r1
r1 = 0x22
*(u64 *)(r8 - 0x2) = r1
r8 += 0x5
r1 = 0x16
*(u64 *)(r8 + 0x0) = r1
r1 = 0x17
*(u64 *)(r8 + 0x4) = r1
r1 = 0x18
*(u64 *)(r8 - 0x7) = r1
r7 = r8
r7 += 0x3
r1 = 0x16
*(u64 *)(r7 + 0x0) = r1
r1 = 0x17
*(u64 *)(r7 + 0x4) = r1
r1 = 0x18
*(u64 *)(r7 - 0x4) = r1
exit
