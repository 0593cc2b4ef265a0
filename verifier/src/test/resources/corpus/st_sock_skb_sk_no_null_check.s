; section: cgroup/skb
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock.c, skb_sk_no_null_check()
; selftest expects: reject | invalid mem access 'sock_common_or_null'
r1 = *(u64 *)(r1 + 0xa8)
r0 = *(u32 *)(r1 + 0x0)
r0 = 0x0
exit
