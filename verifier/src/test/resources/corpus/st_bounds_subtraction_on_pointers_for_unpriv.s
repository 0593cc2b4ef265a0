; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, subtraction_on_pointers_for_unpriv()
; selftest expects: accept
r0 = 0x0
r1 = map[map_hash_8b] ll
r2 = r10
r2 += -0x8
r6 = 0x9
*(u64 *)(r2 + 0x0) = r6
call 0x1
r9 = r10
r9 -= r0
r1 = map[map_hash_8b] ll
r2 = r10
r2 += -0x8
r6 = 0x0
*(u64 *)(r2 + 0x0) = r6
call 0x1
if r0 != 0x0 goto +0x1 <l0_2>
exit
*(u64 *)(r0 + 0x0) = r9
r0 = 0x0
exit
