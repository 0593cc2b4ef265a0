; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_direct_packet_access.c, test22_x_pkt_ptr_3()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r0 = r2
r0 += 0x8
*(u64 *)(r10 - 0x8) = r2
*(u64 *)(r10 - 0x10) = r3
r3 = *(u64 *)(r10 - 0x10)
if r0 > r3 goto +0xb <l0_20>
r2 = *(u64 *)(r10 - 0x8)
r4 = -0x1
lock *(u64 *)(r10 - 0x8) += r4
r4 = *(u64 *)(r10 - 0x8)
r4 >>= 0x31
r4 += r2
r0 = r4
r0 += 0x2
if r0 > r3 goto +0x2 <l0_20>
r2 = 0x1
*(u16 *)(r4 + 0x0) = r2
r0 = 0x0
exit
