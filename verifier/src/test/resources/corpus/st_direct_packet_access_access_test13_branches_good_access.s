; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_direct_packet_access.c, access_test13_branches_good_access()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r0 = r2
r0 += 0x16
if r0 > r3 goto +0xd <l0_11>
r3 = *(u32 *)(r1 + 0x8)
r4 = 0x1
if r3 > r4 goto +0x2 <l1_11>
r3 = 0xe
goto +0x1 <l2_11>
r3 = 0x18
r5 = r3
r5 += 0x17
r5 &= 0xf
r6 = r2
r6 += r5
r0 = 0x1
exit
r0 = 0x0
exit
