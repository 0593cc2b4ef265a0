; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_scalar_ids.c, linked_regs_broken_link_2()
; selftest expects: reject | regs=r7 stack= before 5: (3d) if r8 >= r0 | parent state regs=r0,r7,r8 | regs=r0,r7,r8 stack= before 4: (25) if r0 > 0x1 | div by zero
call 0x7
r7 = r0
r8 = r0
call 0x7
if r0 > 0x1 goto +0x0 <linked_regs_broken_link_2+0x28>
if r8 >= r0 goto +0x3 <linked_regs_broken_link_2+0x48>
r8 += r8
if r7 == 0x0 goto +0x1 <linked_regs_broken_link_2+0x48>
r0 /= 0x0
r0 = 0x2a
exit
