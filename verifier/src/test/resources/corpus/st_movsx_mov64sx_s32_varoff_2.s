; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_movsx.c, mov64sx_s32_varoff_2()
; selftest expects: accept
call 0x7
r3 = r0
r3 &= 0xf
w7 = (s8)w3
if w7 s>= 0x10 goto +0x2 <l0_8>
w0 = 0x0
exit
r10 = 0x1
exit
