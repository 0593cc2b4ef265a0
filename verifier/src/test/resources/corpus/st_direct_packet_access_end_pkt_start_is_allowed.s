; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_direct_packet_access.c, end_pkt_start_is_allowed()
; selftest expects: accept
r0 = *(u32 *)(r1 + 0x50)
r2 = *(u32 *)(r1 + 0x4c)
r0 -= r2
exit
