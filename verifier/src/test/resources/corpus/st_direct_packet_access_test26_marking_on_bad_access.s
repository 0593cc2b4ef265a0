; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_direct_packet_access.c, test26_marking_on_bad_access()
; selftest expects: reject | invalid access to packet
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r0 = r2
r0 += 0x8
if r0 < r3 goto +0x3 <l0_24>
r0 = *(u8 *)(r2 + 0x0)
r0 = 0x0
exit
goto -0x3 <l1_24>
