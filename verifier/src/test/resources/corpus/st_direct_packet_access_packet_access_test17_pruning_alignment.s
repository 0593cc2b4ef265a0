; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_direct_packet_access.c, packet_access_test17_pruning_alignment()
; selftest expects: reject | misaligned packet access off 2+0+15+-4 size 4
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r7 = *(u32 *)(r1 + 0x8)
r0 = r2
r0 += 0xe
if r7 > 0x1 goto +0x4 <l0_15>
if r0 > r3 goto +0x1 <l1_15>
*(u32 *)(r0 - 0x4) = r0
r0 = 0x0
exit
r0 += 0x1
goto -0x6 <l2_15>
