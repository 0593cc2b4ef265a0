; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_scalar_ids.c, precision_stack__foo()
; selftest expects: accept | 11: (0f) r2 += r1 | frame1: regs=r1 stack= before 10: (bf) r2 = r10 | frame1: regs=r1 stack= before 9: (25) if r1 > 0x7 goto pc+0 | frame1: regs=r1 stack=-8,-16 before 8: (7b) *(u64 *)(r10 -16) = r1 | frame1: regs=r1 stack=-8 before 7: (7b) *(u64 *)(r10 -8) = r1 | frame1: regs=r1 stack= before 4: (85) call pc+2 | frame0: regs=r1 stack=-8 before 3: (7b) *(u64 *)(r10 -8) = r1 | frame0: regs=r1 stack= before 2: (bf) r1 = r0 | frame0: regs=r0 stack= before 1: (57) r0 &= 255
*(u64 *)(r10 - 0x8) = r1
*(u64 *)(r10 - 0x10) = r1
if r1 > 0x7 goto +0x0 <precision_stack__foo+0x18>
r2 = r10
r2 += r1
exit
