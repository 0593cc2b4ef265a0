; section: cgroup/skb
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock.c, dst_port_half_load_invalid_1()
; selftest expects: reject | invalid sock access
r1 = *(u64 *)(r1 + 0xa8)
if r1 != 0x0 goto +0x2 <l0_8>
r0 = 0x0
exit
call 0x5f
if r0 != 0x0 goto +0x2 <l1_8>
r0 = 0x0
exit
r0 = *(u16 *)(r0 + 0x32)
r0 = 0x0
exit
