; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_loops1.c, loop_containing_a_forward_jump()
; selftest expects: accept
r0 = 0x0
r0 += 0x1
if r0 == r0 goto +0x0 <l0_6>
if r0 < 0x4 goto -0x3 <l1_6>
exit
r0 = 0x7b
if r0 == 0x4 goto -0x2 <l0_12>
exit
