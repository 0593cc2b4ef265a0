; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_scalar_ids.c, precision_two_ids()
; selftest expects: accept | 12: (0f) r3 += r7 | frame0: regs=r7 stack= before 11: (bf) r3 = r10 | frame0: regs=r7 stack= before 9: (25) if r7 > 0x7 goto pc+0 | frame0: regs=r6,r7 stack= before 3: (bf) r7 = r0 | frame0: regs=r0,r6 stack= before 2: (bf) r6 = r0 | 13: (0f) r3 += r9 | frame0: regs=r9 stack= before 12: (0f) r3 += r7 | frame0: regs=r9 stack= before 10: (25) if r9 > 0x7 goto pc+0 | frame0: regs=r8,r9 stack= before 7: (bf) r9 = r0 | frame0: regs=r0,r8 stack= before 6: (bf) r8 = r0
call 0x5
r0 &= 0xff
r6 = r0
r7 = r0
call 0x5
r0 &= 0xff
r8 = r0
r9 = r0
r0 = 0x0
if r7 > 0x7 goto +0x0 <precision_two_ids+0x50>
if r9 > 0x7 goto +0x0 <precision_two_ids+0x58>
r3 = r10
r3 += r7
r3 += r9
exit
