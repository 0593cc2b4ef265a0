; section: cgroup/skb
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cgroup_skb.c, test_3_for_cgroup_skb()
; selftest expects: accept
r4 = *(u32 *)(r1 + 0x30)
r5 = *(u32 *)(r1 + 0x34)
r6 = *(u32 *)(r1 + 0x38)
r7 = *(u32 *)(r1 + 0x3c)
r8 = *(u32 *)(r1 + 0x40)
r9 = *(u32 *)(r1 + 0x54)
*(u32 *)(r1 + 0x30) = r4
*(u32 *)(r1 + 0x34) = r5
*(u32 *)(r1 + 0x38) = r6
*(u32 *)(r1 + 0x3c) = r7
*(u32 *)(r1 + 0x40) = r8
r0 = 0x0
exit
