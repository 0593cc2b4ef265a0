; section: lwt_xmit
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_lwt.c, checks_for_direct_packet_access()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r0 = r2
r0 += 0x8
if r0 > r3 goto +0x4 <l0_6>
r1 = r2
r1 += 0x6
if r1 > r3 goto +0x1 <l0_6>
r0 = *(u16 *)(r2 + 0x6)
r0 = 0x0
exit
