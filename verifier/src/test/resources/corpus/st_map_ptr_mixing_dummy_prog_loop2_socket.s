; section: socket
; license: GPL
; map: map_prog2_socket prog_array 4 4 8
; from tools/testing/selftests/bpf/progs/verifier_map_ptr_mixing.c, dummy_prog_loop2_socket()
; selftest expects: accept
r3 = 0x1
r2 = map[map_prog2_socket] ll
call 0xc
r0 = 0x29
exit
