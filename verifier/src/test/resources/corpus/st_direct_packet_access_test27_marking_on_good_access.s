; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_direct_packet_access.c, test27_marking_on_good_access()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r0 = r2
r0 += 0x8
if r3 <= r0 goto +0x1 <l0_25>
r0 = *(u8 *)(r2 + 0x0)
r0 = 0x1
exit
