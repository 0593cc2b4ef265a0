; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_direct_packet_access.c, test24_x_pkt_ptr_5()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r0 = -0x1
*(u64 *)(r10 - 0x8) = r0
r0 = *(u64 *)(r10 - 0x8)
r0 &= 0xff
r4 = r0
r0 = 0x40
r0 += r4
r0 += r2
r5 = r0
r0 += 0x7ffe
if r0 > r3 goto +0x1 <l0_22>
*(u64 *)(r5 + 0x0) = r0
r0 = 0x0
exit
