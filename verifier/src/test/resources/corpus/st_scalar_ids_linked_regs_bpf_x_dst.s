; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_scalar_ids.c, linked_regs_bpf_x_dst()
; selftest expects: accept | frame0: regs=r3 stack= before 5: (2d) if r1 > r3 goto pc+0 | frame0: parent state regs=r0,r1,r2,r3 stack=: | frame0: regs=r0,r1,r2,r3 stack= before 4: (b7) r3 = 7
call 0x5
r0 &= 0xff
r1 = r0
r2 = r0
r3 = 0x7
if r1 > r3 goto +0x0 <linked_regs_bpf_x_dst+0x30>
r4 = r10
r4 += r3
r0 = 0x0
exit
