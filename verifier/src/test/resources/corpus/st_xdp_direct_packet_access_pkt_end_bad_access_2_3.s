; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_xdp_direct_packet_access.c, pkt_end_bad_access_2_3()
; selftest expects: reject | R1 offset is outside of the packet
r2 = *(u32 *)(r1 + 0x0)
r3 = *(u32 *)(r1 + 0x4)
r1 = r2
r1 += 0x8
if r1 >= r3 goto +0x0 <l0_24>
r0 = *(u32 *)(r1 - 0x5)
r0 = 0x0
exit
