; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_scalar_ids.c, linked_regs_broken_link()
; selftest expects: accept | 7: (0f) r3 += r0 | frame0: regs=r0 stack= before 6: (bf) r3 = r10 | frame0: parent state regs=r0 stack=: | frame0: regs=r0 stack= before 5: (25) if r0 > 0x7 goto pc+0 | frame0: parent state regs=r0,r2 stack=:
call 0x5
r0 &= 0xff
r1 = r0
r2 = r0
r1 = 0x0
if r0 > 0x7 goto +0x0 <linked_regs_broken_link+0x30>
r3 = r10
r3 += r0
r0 = 0x0
exit
