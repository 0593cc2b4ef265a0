; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, old_imprecise_scalar_vs_cur_stack_misc()
; selftest expects: accept | 8: (79) r1 = *(u64 *)(r10 -8) | 8: safe | processed 11 insns
call 0x5
if r0 == 0x0 goto +0x3 <old_imprecise_scalar_vs_cur_stack_misc+0x28>
r0 = 0x2a
*(u64 *)(r10 - 0x8) = r0
goto +0x3 <old_imprecise_scalar_vs_cur_stack_misc+0x40>
call 0x5
*(u16 *)(r10 - 0x8) = r0
*(u16 *)(r10 - 0x4) = r0
r1 = *(u64 *)(r10 - 0x8)
exit
