; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ldsx.c, ldsx_s8_range_priv()
; selftest expects: accept | R1_w=scalar(smin=smin32=-128,smax=smax32=127)
call 0x7
*(u64 *)(r10 - 0x8) = r0
r1 = *(s8 *)(r10 - 0x8)
if r1 s> 0x7f goto +0x3 <l0_0>
if r1 s< -0x80 goto +0x2 <l0_0>
r0 = 0x1
exit
r0 = 0x2
goto -0x3 <l1_0>
