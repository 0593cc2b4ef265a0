; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_direct_packet_access.c, direct_packet_access_test2()
; selftest expects: accept
r0 = 0x1
r4 = *(u32 *)(r1 + 0x50)
r3 = *(u32 *)(r1 + 0x4c)
r5 = r3
r5 += 0xe
if r5 > r4 goto +0xf <l0_1>
r0 = *(u8 *)(r3 + 0x7)
r4 = *(u8 *)(r3 + 0xc)
r4 *= 0xe
r3 = *(u32 *)(r1 + 0x4c)
r3 += r4
r2 = *(u32 *)(r1 + 0x0)
r2 <<= 0x31
r2 >>= 0x31
r3 += r2
r2 = r3
r2 += 0x8
r1 = *(u32 *)(r1 + 0x50)
if r2 > r1 goto +0x1 <l1_1>
r1 = *(u8 *)(r3 + 0x4)
r0 = 0x0
exit
