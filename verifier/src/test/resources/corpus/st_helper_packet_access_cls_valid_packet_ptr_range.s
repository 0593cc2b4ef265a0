; section: tc
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_packet_access.c, cls_valid_packet_ptr_range()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r1 = r2
r1 += 0x8
if r1 > r3 goto +0x5 <l0_4>
r1 = map[map_hash_8b] ll
r3 = r2
r4 = 0x0
call 0x2
r0 = 0x0
exit
