; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_direct_packet_access.c, _0_const_imm_good_access()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r0 = r2
r0 += 0x16
if r0 > r3 goto +0x7 <l0_12>
r5 = 0xc
r5 >>= 0x4
r6 = r2
r6 += r5
r0 = *(u8 *)(r6 + 0x0)
r0 = 0x1
exit
r0 = 0x0
exit
