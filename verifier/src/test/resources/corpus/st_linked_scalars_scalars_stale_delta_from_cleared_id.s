; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_linked_scalars.c, scalars_stale_delta_from_cleared_id()
; selftest expects: reject | div by zero
call 0x7
r6 = r0
r6 += 0x5
r6 ^= 0x0
r8 = r6
r8 += 0x3
r9 = r6
if r9 != 0xa goto +0x2 <l_exit_2>
if r8 == 0x8 goto +0x1 <l_exit_2>
r0 /= 0x0
r0 = 0x0
exit
