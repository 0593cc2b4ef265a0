; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_direct_packet_access.c, test16_arith_on_data_end()
; selftest expects: reject | R3 pointer arithmetic on pkt_end
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r0 = r2
r0 += 0x8
r3 += 0x10
if r0 > r3 goto +0x1 <l0_14>
*(u8 *)(r2 + 0x0) = r2
r0 = 0x0
exit
