; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, old_stack_misc_vs_cur_scalar()
; selftest expects: accept | 8: (79) r0 = *(u64 *)(r10 -8) | 8: safe | processed 11 insns
call 0x5
if r0 == 0x0 goto +0x4 <old_stack_misc_vs_cur_scalar+0x30>
call 0x5
*(u16 *)(r10 - 0x8) = r0
*(u16 *)(r10 - 0x4) = r0
goto +0x2 <old_stack_misc_vs_cur_scalar+0x40>
r0 = 0x2a
*(u64 *)(r10 - 0x8) = r0
r0 = *(u64 *)(r10 - 0x8)
exit
