; section: socket
; license: GPL
; map: map_hash_48b hash 8 48 1
; from tools/testing/selftests/bpf/progs/verifier_value.c, element_value_with_unaligned_load()
; selftest expects: accept
r2 = r10
r2 += -0x8
r1 = 0x0
*(u64 *)(r2 + 0x0) = r1
r1 = map[map_hash_48b] ll
call 0x1
if r0 == 0x0 goto +0xb <l0_2>
r1 = *(u32 *)(r0 + 0x0)
if r1 >= 0xb goto +0x9 <l0_2>
r0 += 0x3
r7 = *(u64 *)(r0 + 0x0)
r7 = *(u64 *)(r0 + 0x2)
r8 = r0
r7 = *(u64 *)(r8 + 0x0)
r7 = *(u64 *)(r8 + 0x2)
r0 += 0x5
r7 = *(u64 *)(r0 + 0x0)
r7 = *(u64 *)(r0 + 0x4)
exit
