; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_scalar_ids.c, no_scalar_id_for_const32()
; selftest expects: accept | 11: (1e) if w3 == w4 goto pc+0 | frame 0: propagating r3,r4 | 11: safe | processed 15 insns
call 0x5
if r0 > 0x7 goto +0x5 <l0_3>
w1 = 0x0
w1 = w1
w3 = w1
w4 = w1
goto +0x4 <l1_3>
w1 = 0x0
w2 = 0x0
w3 = w1
w4 = w2
if w3 == w4 goto +0x0 <l1_3+0x8>
r0 = 0x0
exit
