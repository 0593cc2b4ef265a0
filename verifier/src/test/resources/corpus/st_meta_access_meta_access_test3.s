; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_meta_access.c, meta_access_test3()
; selftest expects: reject | invalid access to packet
r2 = *(u32 *)(r1 + 0x8)
r3 = *(u32 *)(r1 + 0x4)
r0 = r2
r0 += 0x8
if r0 > r3 goto +0x1 <l0_2>
r0 = *(u8 *)(r2 + 0x0)
r0 = 0x0
exit
