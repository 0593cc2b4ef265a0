; section: cgroup/skb
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock.c, skb_sk_tp_bytes_acked()
; selftest expects: accept
r1 = *(u64 *)(r1 + 0xa8)
if r1 != 0x0 goto +0x2 <l0_18>
r0 = 0x0
exit
call 0x60
if r0 != 0x0 goto +0x1 <l1_18>
exit
r0 = *(u64 *)(r0 + 0x58)
r0 = 0x0
exit
