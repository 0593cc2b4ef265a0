; section: cgroup/skb
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cgroup_skb.c, read_tstamp_from_cgroup_skb()
; selftest expects: accept
r0 = *(u64 *)(r1 + 0x98)
r0 = 0x0
exit
