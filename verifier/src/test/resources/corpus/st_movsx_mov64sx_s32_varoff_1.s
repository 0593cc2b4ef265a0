; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_movsx.c, mov64sx_s32_varoff_1()
; selftest expects: reject | infinite loop detected
r3 = *(u8 *)(r10 - 0x183)
w7 = (s8)w3
if w7 >= 0x2533823b goto -0x3 <mov64sx_s32_varoff_1>
w0 = 0x0
exit
