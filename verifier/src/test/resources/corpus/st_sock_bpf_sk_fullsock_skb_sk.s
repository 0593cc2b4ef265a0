; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock.c, bpf_sk_fullsock_skb_sk()
; selftest expects: reject | R1 must be referenced when passed to release function
r1 = *(u64 *)(r1 + 0xa8)
if r1 != 0x0 goto +0x2 <l0_22>
r0 = 0x0
exit
call 0x5f
if r0 != 0x0 goto +0x1 <l1_22>
exit
r1 = r0
call 0x56
r0 = 0x1
exit
