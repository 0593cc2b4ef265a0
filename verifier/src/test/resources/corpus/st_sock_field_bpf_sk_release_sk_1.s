; section: sk_skb
; license: GPL
; map: map_sockmap sockmap 4 4 1
; from tools/testing/selftests/bpf/progs/verifier_sock.c, field_bpf_sk_release_sk_1()
; selftest expects: accept
r1 = 0x0
*(u32 *)(r10 - 0x4) = r1
r2 = r10
r2 += -0x4
r1 = map[map_sockmap] ll
call 0x1
if r0 != 0x0 goto +0x1 <l0_28>
exit
r1 = r0
r0 = *(u32 *)(r0 + 0x8)
call 0x56
exit
