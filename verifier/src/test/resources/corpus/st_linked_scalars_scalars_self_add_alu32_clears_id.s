; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_linked_scalars.c, scalars_self_add_alu32_clears_id()
; selftest expects: reject | div by zero
call 0x7
w6 = w0
w7 = w6
call 0x7
w8 = w0
w9 = w8
if w7 != 0x1 goto +0x4 <l_exit_1>
w6 += w6
if w7 == w9 goto +0x2 <l_exit_1>
if w6 == 0x3 goto +0x1 <l_exit_1>
r0 /= 0x0
r0 = 0x0
exit
