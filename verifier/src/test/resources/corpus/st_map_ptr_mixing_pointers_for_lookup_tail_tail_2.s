; section: socket
; license: GPL
; map: map_prog2_socket prog_array 4 4 8
; from tools/testing/selftests/bpf/progs/verifier_map_ptr_mixing.c, pointers_for_lookup_tail_tail_2()
; selftest expects: accept
r6 = *(u32 *)(r1 + 0x8)
if r6 == 0x0 goto +0x3 <l0_3>
r2 = map[map_prog2_socket] ll
goto +0x2 <l1_3>
r2 = map[map_prog2_socket] ll
r3 = 0x7
call 0xc
r0 = 0x1
exit
