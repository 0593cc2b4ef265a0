; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_scalar_ids.c, two_old_ids_one_cur_id()
; selftest expects: accept | 15: (95) exit | 15: (95) exit | processed 20 insns
call 0x5
r0 &= 0xff
r6 = r0
r8 = r0
call 0x5
r0 &= 0xff
r7 = r0
r9 = r0
r0 = 0x0
if r6 > r7 goto +0x1 <l0_6>
goto +0x1 <l1_6>
r6 = r7
r2 = r10
r2 += r6
r2 += r7
exit
