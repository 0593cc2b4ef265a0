; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_xadd.c, src_dst_got_mangled_1()
; selftest expects: accept
r0 = 0x1
r6 = r0
r7 = r10
*(u64 *)(r10 - 0x8) = r0
lock *(u64 *)(r10 - 0x8) += r0
lock *(u64 *)(r10 - 0x8) += r0
if r6 != r0 goto +0x3 <l0_2>
if r7 != r10 goto +0x2 <l0_2>
r0 = *(u64 *)(r10 - 0x8)
exit
r0 = 0x2a
exit
