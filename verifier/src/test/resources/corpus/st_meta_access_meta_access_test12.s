; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_meta_access.c, meta_access_test12()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x8)
r3 = *(u32 *)(r1 + 0x0)
r4 = *(u32 *)(r1 + 0x4)
r5 = r3
r5 += 0x10
if r5 > r4 goto +0x5 <l0_11>
r0 = *(u8 *)(r3 + 0x0)
r5 = r2
r5 += 0x10
if r5 > r3 goto +0x1 <l0_11>
r0 = *(u8 *)(r2 + 0x0)
r0 = 0x0
exit
