; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_gotol.c, gotol_small_imm()
; selftest expects: accept
call 0x5
if r0 == 0x0 goto +0x4 <l0_0>
gotol +0x1 <l1_0>
gotol +0x3 <l3_0>
r0 = 0x1
gotol -0x3 <l2_0>
r0 = 0x2
exit
