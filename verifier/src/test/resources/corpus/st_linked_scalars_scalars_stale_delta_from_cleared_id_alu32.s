; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_linked_scalars.c, scalars_stale_delta_from_cleared_id_alu32()
; selftest expects: reject | div by zero
call 0x7
w6 = w0
w6 += 0x5
w6 ^= 0x0
w8 = w6
w8 += 0x3
w9 = w6
if w9 != 0xa goto +0x2 <l_exit_3>
if w8 == 0x8 goto +0x1 <l_exit_3>
r0 /= 0x0
r0 = 0x0
exit
