; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_direct_packet_access.c, test9_double_test_variant_2()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r0 = r2
r0 += 0x8
if r3 >= r0 goto +0x2 <l0_7>
r0 = 0x1
exit
if r0 > r3 goto +0x1 <l1_7>
r0 = *(u8 *)(r2 + 0x0)
r0 = *(u8 *)(r2 + 0x0)
r0 = 0x0
exit
