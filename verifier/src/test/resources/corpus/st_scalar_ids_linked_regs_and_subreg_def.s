; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_scalar_ids.c, linked_regs_and_subreg_def()
; selftest expects: accept | 4: (77) r1 >>= 32                     ; R1_w=0 | 5: (bf) r0 = r1                       ; R0_w=0 R1_w=0 | 6: (95) exit | from 3 to 4 | 4: (77) r1 >>= 32                     ; R1_w=0 | 5: (bf) r0 = r1                       ; R0_w=0 R1_w=0 | 6: (95) exit
call 0x5
r0 &= 0x7fffffff
w1 = w0
if w0 < 0xa goto +0x0 <linked_regs_and_subreg_def+0x20>
r1 >>= 0x20
r0 = r1
exit
