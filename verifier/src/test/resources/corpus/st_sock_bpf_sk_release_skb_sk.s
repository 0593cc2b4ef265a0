; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock.c, bpf_sk_release_skb_sk()
; selftest expects: reject | R1 must be referenced when passed to release function
r1 = *(u64 *)(r1 + 0xa8)
if r1 == 0x0 goto +0x1 <l0_21>
call 0x56
r0 = 0x0
exit
