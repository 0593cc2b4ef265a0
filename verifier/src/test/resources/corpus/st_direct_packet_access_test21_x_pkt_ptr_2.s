; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_direct_packet_access.c, test21_x_pkt_ptr_2()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r0 = r2
r0 += 0x8
if r0 > r3 goto +0x9 <l0_19>
r4 = -0x1
*(u64 *)(r10 - 0x8) = r4
r4 = *(u64 *)(r10 - 0x8)
r4 &= 0x7fff
r4 += r2
r5 = r4
r4 += 0x7ffe
if r4 > r3 goto +0x1 <l0_19>
*(u64 *)(r5 + 0x0) = r4
r0 = 0x0
exit
