; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_scalar_ids.c, no_scalar_id_for_const()
; selftest expects: accept | 11: (1d) if r3 == r4 goto pc+0 | frame 0: propagating r3,r4 | 11: safe | processed 15 insns
call 0x5
if r0 > 0x7 goto +0x5 <l0_2>
r1 = 0x0
r1 = r1
r3 = r1
r4 = r1
goto +0x4 <l1_2>
r1 = 0x0
r2 = 0x0
r3 = r1
r4 = r2
if r3 == r4 goto +0x0 <l1_2+0x8>
r0 = 0x0
exit
