; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_xadd.c, xadd_w_check_unaligned_stack()
; selftest expects: reject | misaligned stack access off
r0 = 0x1
*(u64 *)(r10 - 0x8) = r0
lock *(u32 *)(r10 - 0x7) += r0
r0 = *(u64 *)(r10 - 0x8)
exit
