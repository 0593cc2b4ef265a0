; section: cgroup/skb
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cgroup_skb.c, test_1_for_cgroup_skb()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r4 = *(u32 *)(r1 + 0x0)
r5 = *(u32 *)(r1 + 0x4)
r6 = *(u32 *)(r1 + 0x8)
*(u32 *)(r1 + 0x8) = r6
r7 = *(u32 *)(r1 + 0xc)
r8 = *(u32 *)(r1 + 0x10)
r9 = *(u32 *)(r1 + 0x14)
r0 = r2
r0 += 0x8
if r0 > r3 goto +0x1 <l0_0>
r0 = *(u8 *)(r2 + 0x0)
r0 = 0x0
exit
