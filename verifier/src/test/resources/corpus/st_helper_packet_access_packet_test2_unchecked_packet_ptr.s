; section: xdp
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_packet_access.c, packet_test2_unchecked_packet_ptr()
; selftest expects: reject | invalid access to packet
r2 = *(u32 *)(r1 + 0x0)
r1 = map[map_hash_8b] ll
call 0x1
r0 = 0x0
exit
