; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_direct_packet_access.c, test23_x_pkt_ptr_4()
; selftest expects: reject | invalid access to packet, off=0 size=8, R5(id=3,off=0,r=0)
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r0 = *(u32 *)(r1 + 0x8)
*(u64 *)(r10 - 0x8) = r0
r0 = *(u64 *)(r10 - 0x8)
r0 &= 0xffff
r4 = r0
r0 = 0x1f
r0 += r4
r0 += r2
r5 = r0
r0 += 0xfffe
if r0 > r3 goto +0x1 <l0_21>
*(u64 *)(r5 + 0x0) = r0
r0 = 0x0
exit
