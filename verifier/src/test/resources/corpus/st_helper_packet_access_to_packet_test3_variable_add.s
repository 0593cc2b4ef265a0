; section: xdp
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_packet_access.c, to_packet_test3_variable_add()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x0)
r3 = *(u32 *)(r1 + 0x4)
r4 = r2
r4 += 0x8
if r4 > r3 goto +0xa <l0_1>
r5 = *(u8 *)(r2 + 0x0)
r4 = r2
r4 += r5
r5 = r4
r5 += 0x8
if r5 > r3 goto +0x4 <l0_1>
r1 = map[map_hash_8b] ll
r2 = r4
call 0x1
r0 = 0x0
exit
