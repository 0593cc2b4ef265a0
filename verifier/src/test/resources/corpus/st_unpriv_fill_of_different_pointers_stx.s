; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, fill_of_different_pointers_stx()
; selftest expects: reject | same insn cannot be used with different pointers
r3 = 0x2a
r6 = r10
r6 += -0x8
if r1 == 0x0 goto +0x3 <l0_2>
r2 = r10
r2 += -0x10
*(u64 *)(r6 + 0x0) = r2
if r1 != 0x0 goto +0x1 <l1_2>
*(u64 *)(r6 + 0x0) = r1
r1 = *(u64 *)(r6 + 0x0)
*(u32 *)(r1 + 0x8) = r3
r0 = 0x0
exit
