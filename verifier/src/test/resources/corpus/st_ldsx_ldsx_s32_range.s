; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ldsx.c, ldsx_s32_range()
; selftest expects: accept
call 0x7
*(u64 *)(r10 - 0x8) = r0
r1 = *(s32 *)(r10 - 0x8)
if r1 s> 0x7fffffff goto +0x3 <l0_2>
if r1 s< -0x80000000 goto +0x2 <l0_2>
r0 = 0x1
exit
r0 = 0x2
goto -0x3 <l1_2>
