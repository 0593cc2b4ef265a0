; section: cgroup/skb
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock.c, dst_port_byte_load_invalid()
; selftest expects: reject | invalid sock access
r1 = *(u64 *)(r1 + 0xa8)
if r1 != 0x0 goto +0x2 <l0_10>
r0 = 0x0
exit
call 0x5f
if r0 != 0x0 goto +0x2 <l1_10>
r0 = 0x0
exit
r0 = *(u8 *)(r0 + 0x32)
r0 = 0x0
exit
