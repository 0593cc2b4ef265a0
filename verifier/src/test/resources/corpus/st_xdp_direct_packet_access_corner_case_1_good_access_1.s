; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_xdp_direct_packet_access.c, corner_case_1_good_access_1()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x0)
r3 = *(u32 *)(r1 + 0x4)
r1 = r2
r1 += 0x9
if r1 > r3 goto +0x1 <l0_5>
r0 = *(u64 *)(r1 - 0x9)
r0 = 0x0
exit
