; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_scalar_ids.c, linked_regs_too_many_regs()
; selftest expects: accept | 8: (25) if r0 > 0x7 goto pc+0         ; R0=scalar(id=1 | 9: (bf) r6 = r6                       ; R6_w=scalar(id=2 | frame0: regs=r0 stack= before 8: (25) if r0 > 0x7 goto pc+0 | frame0: parent state regs=r0,r1,r2,r3,r4,r5 stack=:
call 0x5
r0 &= 0xff
r1 = r0
r2 = r0
r3 = r0
r4 = r0
r5 = r0
r6 = r0
if r0 > 0x7 goto +0x0 <linked_regs_too_many_regs+0x48>
r6 = r6
r7 = r10
r7 += r0
r0 = 0x0
exit
