; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_direct_packet_access.c, pkt_end_reg_good_access()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r0 = r2
r0 += 0x8
if r3 >= r0 goto +0x2 <l0_3>
r0 = 0x1
exit
r0 = *(u8 *)(r2 + 0x0)
r0 = 0x0
exit
