; section: cgroup/skb
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock.c, no_null_check_on_ret_1()
; selftest expects: reject | invalid mem access 'sock_or_null'
r1 = *(u64 *)(r1 + 0xa8)
if r1 != 0x0 goto +0x2 <l0_2>
r0 = 0x0
exit
call 0x5f
r0 = *(u32 *)(r0 + 0x8)
r0 = 0x0
exit
