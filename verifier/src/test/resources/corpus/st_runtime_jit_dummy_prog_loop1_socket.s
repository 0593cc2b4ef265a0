; section: socket
; license: GPL
; map: map_prog1_socket prog_array 4 4 4
; from tools/testing/selftests/bpf/progs/verifier_runtime_jit.c, dummy_prog_loop1_socket()
; selftest expects: accept
r3 = 0x1
r2 = map[map_prog1_socket] ll
call 0xc
r0 = 0x29
exit
