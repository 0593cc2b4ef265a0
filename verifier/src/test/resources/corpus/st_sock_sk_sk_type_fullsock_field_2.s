; section: cgroup/skb
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock.c, sk_sk_type_fullsock_field_2()
; selftest expects: accept
r1 = *(u64 *)(r1 + 0xa8)
if r1 != 0x0 goto +0x2 <l0_3>
r0 = 0x0
exit
call 0x5f
if r0 != 0x0 goto +0x2 <l1_3>
r0 = 0x0
exit
r0 = *(u32 *)(r0 + 0x8)
r0 = 0x0
exit
