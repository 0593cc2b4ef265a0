; section: raw_tp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_precision.c, bpf_cond_op_not_r10()
; selftest expects: accept | 3: (bf) r3 = r10 | 4: (bd) if r3 <= r2 goto pc+1 | 5: (b5) if r2 <= 0x8 goto pc+2 | mark_precise: frame0: last_idx 5 first_idx 0 subseq_idx -1 | mark_precise: frame0: regs=r2 stack= before 4: (bd) if r3 <= r2 goto pc+1 | mark_precise: frame0: regs=r2 stack= before 3: (bf) r3 = r10
r0 = 0x0
r2 = 0x20202000256c6c78 ll
r3 = r10
if r3 <= r2 goto +0x1 <bpf_cond_op_not_r10+0x30>
if r2 <= 0x8 goto +0x2 <bpf_cond_op_not_r10+0x40>
r0 = 0x2 ll
exit
