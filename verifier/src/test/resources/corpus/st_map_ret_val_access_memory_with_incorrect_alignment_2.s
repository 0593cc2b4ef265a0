; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_map_ret_val.c, access_memory_with_incorrect_alignment_2()
; selftest expects: reject | R0 invalid mem access
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
if r0 == 0x0 goto +0x3 <l0_1>
r1 = 0x0
*(u64 *)(r0 + 0x0) = r1
exit
r1 = 0x1
*(u64 *)(r0 + 0x0) = r1
exit
