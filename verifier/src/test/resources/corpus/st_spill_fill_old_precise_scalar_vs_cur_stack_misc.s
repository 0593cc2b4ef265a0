; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, old_precise_scalar_vs_cur_stack_misc()
; selftest expects: accept | if r1 == 0x2a goto pc+0 | if r1 == 0x2a goto pc+0 | processed 15 insns
call 0x5
if r0 == 0x0 goto +0x3 <old_precise_scalar_vs_cur_stack_misc+0x28>
r0 = 0x2a
*(u64 *)(r10 - 0x8) = r0
goto +0x3 <old_precise_scalar_vs_cur_stack_misc+0x40>
call 0x5
*(u64 *)(r10 - 0x8) = r0
*(u32 *)(r10 - 0x4) = r0
r1 = *(u64 *)(r10 - 0x8)
if r1 == 0x2a goto +0x0 <old_precise_scalar_vs_cur_stack_misc+0x50>
exit
