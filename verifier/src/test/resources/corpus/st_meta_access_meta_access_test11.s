; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_meta_access.c, meta_access_test11()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x8)
r3 = *(u32 *)(r1 + 0x0)
r5 = 0x2a
r6 = 0x18
*(u64 *)(r10 - 0x8) = r5
lock *(u64 *)(r10 - 0x8) += r6
r5 = *(u64 *)(r10 - 0x8)
if r5 > 0x64 goto +0x6 <l0_10>
r2 += r5
r5 = r2
r6 = r2
r6 += 0x8
if r6 > r3 goto +0x1 <l0_10>
r5 = *(u8 *)(r5 + 0x0)
r0 = 0x0
exit
