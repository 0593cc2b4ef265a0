; section: cgroup/skb
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cgroup_skb.c, test_2_for_cgroup_skb()
; selftest expects: accept
r4 = *(u32 *)(r1 + 0x18)
r5 = *(u32 *)(r1 + 0x1c)
r6 = *(u32 *)(r1 + 0x20)
*(u32 *)(r1 + 0x20) = r6
r7 = *(u32 *)(r1 + 0x24)
r8 = *(u32 *)(r1 + 0x2c)
r9 = *(u32 *)(r1 + 0x44)
r0 = 0x0
exit
