; section: cgroup/skb
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cgroup_skb.c, test_4_for_cgroup_skb()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x58)
r3 = *(u32 *)(r1 + 0x5c)
r4 = *(u32 *)(r1 + 0x60)
r5 = *(u32 *)(r1 + 0x64)
r5 = *(u32 *)(r1 + 0x68)
r5 = *(u32 *)(r1 + 0x6c)
r5 = *(u32 *)(r1 + 0x70)
r6 = *(u32 *)(r1 + 0x74)
r6 = *(u32 *)(r1 + 0x78)
r6 = *(u32 *)(r1 + 0x7c)
r6 = *(u32 *)(r1 + 0x80)
r7 = *(u32 *)(r1 + 0x84)
r8 = *(u32 *)(r1 + 0x88)
r0 = 0x0
exit
