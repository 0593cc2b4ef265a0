; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_scalar_ids.c, linked_regs_bpf_k()
; selftest expects: accept | 6: (0f) r3 += r0 | frame0: regs=r0 stack= before 4: (25) if r1 > 0x7 goto pc+0 | frame0: parent state regs=r0,r1,r2 stack=: | frame0: regs=r0,r1,r2 stack= before 3: (bf) r2 = r0 | from 4 to 5:  | 6: (0f) r3 += r0 | frame0: regs=r0 stack= before 5: (bf) r3 = r10 | frame0: regs=r0 stack= before 4: (25) if r1 > 0x7 goto pc+0 | frame0: parent state regs= stack=:
call 0x5
r0 &= 0xff
r1 = r0
r2 = r0
if r1 > 0x7 goto +0x0 <linked_regs_bpf_k+0x28>
r3 = r10
r3 += r0
r0 = 0x0
exit
