; section: raw_tp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_precision.c, state_loop_first_last_equal()
; selftest expects: accept | 2: (07) r0 += 1                       ; R0_w=6 | 3: (35) if r0 >= 0xa goto pc+1 | mark_precise: frame0: last_idx 3 first_idx 3 subseq_idx -1 | mark_precise: frame0: regs=r0 stack= before 2: (07) r0 += 1 | mark_precise: frame0: regs=r0 stack= before 1: (07) r0 += 1 | mark_precise: frame0: regs=r0 stack= before 4: (05) goto pc-4 | mark_precise: frame0: regs=r0 stack= before 3: (35) if r0 >= 0xa goto pc+1 | mark_precise: frame0: parent state regs= stack=:  R0_rw=P4 | 3: R0_w=6
r0 = 0x0
r0 += 0x1
r0 += 0x1
if r0 >= 0xa goto +0x1 <l1_0>
goto -0x4 <l0_0>
exit
