; section: raw_tp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, spill_subregs_preserve_stack_zero()
; selftest expects: accept | fp-8=0m??scalar() | fp-16=00mm??scalar() | fp-24=00mm???scalar()
call 0x7
*(u8 *)(r10 - 0x1) = 0x0
*(u8 *)(r10 - 0x2) = r0
*(u32 *)(r10 - 0x8) = r0
*(u16 *)(r10 - 0xa) = 0x0
*(u16 *)(r10 - 0xc) = r0
*(u16 *)(r10 - 0x10) = r0
*(u16 *)(r10 - 0x12) = 0x0
*(u16 *)(r10 - 0x14) = r0
*(u8 *)(r10 - 0x18) = r0
r0 = 0x0
exit
