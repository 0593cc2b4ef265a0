; section: raw_tp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_precision.c, bpf_end_to_be()
; selftest expects: accept | mark_precise: frame0: regs=r2 stack= before 3: (bf) r1 = r10 | mark_precise: frame0: regs=r2 stack= before 2: (55) if r2 != 0x0 goto pc+2 | mark_precise: frame0: regs=r2 stack= before 1: (dc) r2 = be16 r2 | mark_precise: frame0: regs=r2 stack= before 0: (b7) r2 = 0
r2 = 0x0
r2 = be16 r2
if r2 != 0x0 goto +0x2 <bpf_end_to_be+0x28>
r1 = r10
r1 += r2
r0 = 0x0
exit
