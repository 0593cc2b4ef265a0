; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_scalar_ids.c, cjmp_no_linked_regs_trigger()
; selftest expects: accept | 3: (25) if r1 > 0x100 goto pc+0 | frame0: regs=r1 stack= before 2: (bf) r1 = r0
call 0x5
r0 &= 0xff
r1 = r0
if r1 > 0x100 goto +0x0 <cjmp_no_linked_regs_trigger+0x20>
r0 = 0x0
exit
