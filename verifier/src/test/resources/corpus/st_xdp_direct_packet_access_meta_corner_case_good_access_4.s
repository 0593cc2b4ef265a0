; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_xdp_direct_packet_access.c, meta_corner_case_good_access_4()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x8)
r3 = *(u32 *)(r1 + 0x0)
r1 = r2
r1 += 0x7
if r3 <= r1 goto +0x1 <l0_80>
r0 = *(u64 *)(r1 - 0x7)
r0 = 0x0
exit
