; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_direct_packet_access.c, test18_imm_pkt_ptr_1()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r0 = 0x8
r0 += r2
if r0 > r3 goto +0x1 <l0_16>
*(u8 *)(r2 + 0x0) = r2
r0 = 0x0
exit
