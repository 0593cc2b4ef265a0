; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_scalar_ids.c, precision_many_frames__foo()
; selftest expects: accept | 12: (0f) r2 += r1 | frame2: last_idx 12 first_idx 11 subseq_idx -1  | frame2: regs=r1 stack= before 11: (bf) r2 = r10 | frame2: parent state regs=r1 stack= | frame1: parent state regs= stack= | frame0: parent state regs= stack= | frame2: last_idx 10 first_idx 10 subseq_idx 11  | frame2: regs=r1 stack= before 10: (25) if r1 > 0x7 goto pc+0 | frame2: parent state regs=r1 stack= | frame1: parent state regs=r6,r7 stack= | frame0: parent state regs=r6 stack= | frame2: last_idx 8 first_idx 8 subseq_idx 10 | frame2: regs=r1 stack= before 8: (85) call pc+1 | frame1: parent state regs=r1,r6,r7 stack= | frame0: parent state regs=r6 stack= | frame1: last_idx 7 first_idx 6 subseq_idx 8 | frame1: regs=r1,r6,r7 stack= before 7: (bf) r7 = r1 | frame1: regs=r1,r6 stack= before 6: (bf) r6 = r1 | frame1: parent state regs=r1 stack= | frame0: parent state regs=r6 stack= | frame1: last_idx 4 first_idx 4 subseq_idx 6 | frame1: regs=r1 stack= before 4: (85) call pc+1 | frame0: parent state regs=r1,r6 stack= | frame0: last_idx 3 first_idx 1 subseq_idx 4 | frame0: regs=r1,r6 stack= before 3: (bf) r6 = r0 | frame0: regs=r0,r1 stack= before 2: (bf) r1 = r0 | frame0: regs=r0 stack= before 1: (57) r0 &= 255
r6 = r1
r7 = r1
call 0x1
exit
