; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_xdp_direct_packet_access.c, pkt_data_bad_access_2_3()
; selftest expects: reject | R1 offset is outside of the packet
r2 = *(u32 *)(r1 + 0x0)
r3 = *(u32 *)(r1 + 0x4)
r1 = r2
r1 += 0x8
if r3 >= r1 goto +0x1 <l0_29>
r0 = *(u64 *)(r1 - 0x8)
r0 = 0x0
exit
