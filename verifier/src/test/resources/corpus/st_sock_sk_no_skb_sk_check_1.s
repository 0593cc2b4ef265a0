; section: cgroup/skb
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock.c, sk_no_skb_sk_check_1()
; selftest expects: reject | type=sock_common_or_null expected=sock_common
r1 = *(u64 *)(r1 + 0xa8)
call 0x5f
r0 = 0x0
exit
