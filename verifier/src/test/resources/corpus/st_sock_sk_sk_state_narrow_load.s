; section: cgroup/skb
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock.c, sk_sk_state_narrow_load()
; selftest expects: accept
r1 = *(u64 *)(r1 + 0xa8)
if r1 != 0x0 goto +0x2 <l0_5>
r0 = 0x0
exit
call 0x5f
if r0 != 0x0 goto +0x2 <l1_5>
r0 = 0x0
exit
r0 = *(u8 *)(r0 + 0x48)
r0 = 0x0
exit
