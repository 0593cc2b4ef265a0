; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_loops1.c, not_an_inifinite_loop()
; selftest expects: accept
call 0x7
r0 &= 0xff
*(u64 *)(r10 - 0x8) = r0
r0 = 0x0
r0 = *(u64 *)(r10 - 0x8)
if r0 > 0xa goto +0x4 <exit_15>
r0 += 0x1
*(u64 *)(r10 - 0x8) = r0
r0 = 0x0
goto -0x6 <loop_15>
r0 = 0x0
exit
