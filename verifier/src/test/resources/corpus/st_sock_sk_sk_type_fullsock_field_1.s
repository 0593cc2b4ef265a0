; section: cgroup/skb
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock.c, sk_sk_type_fullsock_field_1()
; selftest expects: reject | invalid sock_common access
r1 = *(u64 *)(r1 + 0xa8)
if r1 != 0x0 goto +0x2 <l0_1>
r0 = 0x0
exit
r0 = *(u32 *)(r1 + 0x8)
r0 = 0x0
exit
