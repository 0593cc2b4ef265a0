; section: cgroup/skb
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock.c, port_word_load_backward_compatibility()
; selftest expects: accept
r1 = *(u64 *)(r1 + 0xa8)
if r1 != 0x0 goto +0x2 <l0_6>
r0 = 0x0
exit
call 0x5f
if r0 != 0x0 goto +0x2 <l1_6>
r0 = 0x0
exit
r0 = *(u32 *)(r0 + 0x30)
r0 = 0x0
exit
