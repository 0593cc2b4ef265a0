; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_reg_equal.c, subreg_equality_1()
; selftest expects: accept
call 0x5
*(u64 *)(r10 - 0x8) = r0
r2 = *(u32 *)(r10 - 0x8)
w3 = w2
if w2 < 0x9 goto +0x1 <l0_0>
exit
if r3 < 0x9 goto +0x1 <l1_0>
r0 -= r1
exit
