; section: tc
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_packet_access.c, packet_test8_cls_variable_add()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r4 = r2
r4 += 0x8
if r4 > r3 goto +0xa <l0_5>
r5 = *(u8 *)(r2 + 0x0)
r4 = r2
r4 += r5
r5 = r4
r5 += 0x8
if r5 > r3 goto +0x4 <l0_5>
r1 = map[map_hash_8b] ll
r2 = r4
call 0x1
r0 = 0x0
exit
