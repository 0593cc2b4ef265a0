; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_xadd.c, xadd_w_check_unaligned_pkt()
; selftest expects: reject | BPF_ATOMIC stores into R2 pkt is not allowed
r2 = *(u32 *)(r1 + 0x0)
r3 = *(u32 *)(r1 + 0x4)
r1 = r2
r1 += 0x8
if r1 < r3 goto +0x2 <l0_1>
r0 = 0x63
goto +0x8 <l1_1>
r0 = 0x1
r1 = 0x0
*(u32 *)(r2 + 0x0) = r1
r1 = 0x0
*(u32 *)(r2 + 0x3) = r1
lock *(u32 *)(r2 + 0x1) += r0
lock *(u32 *)(r2 + 0x2) += r0
r0 = *(u32 *)(r2 + 0x1)
exit
