; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_linked_scalars.c, scalars_self_add_clears_id()
; selftest expects: reject | div by zero
call 0x7
r6 = r0
r7 = r6
call 0x7
r8 = r0
r9 = r8
if r7 != 0x1 goto +0x4 <l_exit_0>
r6 += r6
if r7 == r9 goto +0x2 <l_exit_0>
if r6 == 0x3 goto +0x1 <l_exit_0>
r0 /= 0x0
r0 = 0x0
exit
