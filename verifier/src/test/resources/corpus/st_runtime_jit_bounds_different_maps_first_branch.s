; section: socket
; license: GPL
; map: map_prog1_socket prog_array 4 4 4
; map: map_prog2_socket prog_array 4 4 8
; from tools/testing/selftests/bpf/progs/verifier_runtime_jit.c, bounds_different_maps_first_branch()
; selftest expects: accept
r0 = 0xd
*(u8 *)(r1 + 0x30) = r0
r0 = *(u8 *)(r1 + 0x30)
if r0 == 0xd goto +0x4 <l0_4>
r3 = 0x0
r2 = map[map_prog1_socket] ll
goto +0x3 <l1_4>
r3 = 0x0
r2 = map[map_prog2_socket] ll
call 0xc
r0 = 0x1
exit
