; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, old_stack_misc_vs_cur_ctx_ptr()
; selftest expects: accept | 8: (79) r1 = *(u64 *)(r10 -8) | 9: (95) exit | from 2 to 7 | 8: safe | processed 11 insns
r9 = r1
call 0x5
if r0 == 0x0 goto +0x4 <old_stack_misc_vs_cur_ctx_ptr+0x38>
call 0x5
*(u64 *)(r10 - 0x8) = r0
*(u32 *)(r10 - 0x4) = r0
goto +0x1 <old_stack_misc_vs_cur_ctx_ptr+0x40>
*(u64 *)(r10 - 0x8) = r9
r1 = *(u64 *)(r10 - 0x8)
exit
