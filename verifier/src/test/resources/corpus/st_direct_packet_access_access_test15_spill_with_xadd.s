; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_direct_packet_access.c, access_test15_spill_with_xadd()
; selftest expects: reject | R2 invalid mem access 'scalar'
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r0 = r2
r0 += 0x8
if r0 > r3 goto +0x8 <l0_13>
r5 = 0x1000
r4 = r10
r4 += -0x8
*(u64 *)(r4 + 0x0) = r2
lock *(u64 *)(r4 + 0x0) += r5
r2 = *(u64 *)(r4 + 0x0)
*(u32 *)(r2 + 0x0) = r5
r0 = 0x0
exit
