; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, and_then_at_fp_8()
; selftest expects: accept
w4 = 0x10e1
*(u32 *)(r10 - 0x4) = r4
*(u32 *)(r10 - 0x8) = r4
r4 = *(u64 *)(r10 - 0x8)
r0 = 0x0
exit
