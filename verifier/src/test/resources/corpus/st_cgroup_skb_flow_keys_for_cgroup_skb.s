; section: cgroup/skb
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cgroup_skb.c, flow_keys_for_cgroup_skb()
; selftest expects: reject | invalid bpf_context access
r0 = *(u32 *)(r1 + 0x90)
r0 = 0x0
exit
