; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_direct_packet_access.c, direct_packet_access_test3()
; selftest expects: reject | invalid bpf_context access off=76
r2 = *(u32 *)(r1 + 0x4c)
r0 = 0x0
exit
