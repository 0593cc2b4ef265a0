; section: cgroup/skb
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cgroup_skb.c, napi_id_for_cgroup_skb()
; selftest expects: reject | invalid bpf_context access
r9 = *(u32 *)(r1 + 0x54)
*(u32 *)(r1 + 0x54) = r9
r0 = 0x0
exit
