; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_meta_access.c, meta_access_test5()
; selftest expects: reject | R3 !read_ok
r3 = *(u32 *)(r1 + 0x8)
r4 = *(u32 *)(r1 + 0x0)
r0 = r3
r0 += 0x8
if r0 > r4 goto +0x3 <l0_4>
r2 = -0x8
call 0x36
r0 = *(u8 *)(r3 + 0x0)
r0 = 0x0
exit
