; section: sk_msg
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ctx_sk_msg.c, packet_write_for_sk_msg()
; selftest expects: accept
r2 = *(u64 *)(r1 + 0x0)
r3 = *(u64 *)(r1 + 0x8)
r0 = r2
r0 += 0x8
if r0 > r3 goto +0x1 <l0_1>
*(u8 *)(r2 + 0x0) = r2
r0 = 0x0
exit
