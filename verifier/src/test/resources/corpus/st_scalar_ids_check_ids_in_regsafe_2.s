; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_scalar_ids.c, check_ids_in_regsafe_2()
; selftest expects: reject | register with unbounded min value
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r9 = r10
r9 += -0x8
call 0x5
r8 = r0
call 0x5
r7 = r0
call 0x5
r6 = r0
r0 = 0x0
if r6 > r7 goto +0x6 <l1_1>
r6 = r7
if r7 > 0x4 goto +0x2 <l2_1>
r9 += r6
r0 = *(u8 *)(r9 + 0x0)
r0 = 0x0
exit
r6 = r8
goto -0x7 <l0_1>
