; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_direct_packet_access.c, test19_imm_pkt_ptr_2()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r0 = r2
r0 += 0x8
if r0 > r3 goto +0x3 <l0_17>
r4 = 0x4
r4 += r2
*(u8 *)(r4 + 0x0) = r4
r0 = 0x0
exit
