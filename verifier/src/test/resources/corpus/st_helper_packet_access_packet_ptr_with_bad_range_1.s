; section: xdp
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_packet_access.c, packet_ptr_with_bad_range_1()
; selftest expects: reject | invalid access to packet
r2 = *(u32 *)(r1 + 0x0)
r3 = *(u32 *)(r1 + 0x4)
r4 = r2
r4 += 0x4
if r4 > r3 goto +0x2 <l0_2>
r0 = 0x0
exit
r1 = map[map_hash_8b] ll
call 0x1
r0 = 0x0
exit
