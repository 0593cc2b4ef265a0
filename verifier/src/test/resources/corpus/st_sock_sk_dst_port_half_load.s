; section: cgroup/skb
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock.c, sk_dst_port_half_load()
; selftest expects: accept
r1 = *(u64 *)(r1 + 0xa8)
if r1 != 0x0 goto +0x2 <l0_7>
r0 = 0x0
exit
call 0x5f
if r0 != 0x0 goto +0x2 <l1_7>
r0 = 0x0
exit
r0 = *(u16 *)(r0 + 0x30)
r0 = 0x0
exit
