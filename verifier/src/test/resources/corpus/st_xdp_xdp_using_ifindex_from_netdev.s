; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_xdp.c, xdp_using_ifindex_from_netdev()
; selftest expects: accept
r0 = 0x0
r2 = *(u32 *)(r1 + 0xc)
if r2 < 0x1 goto +0x1 <l0_0>
r0 = 0x1
exit
