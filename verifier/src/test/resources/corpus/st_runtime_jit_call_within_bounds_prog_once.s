; section: socket
; license: GPL
; map: map_prog1_socket prog_array 4 4 4
; from tools/testing/selftests/bpf/progs/verifier_runtime_jit.c, call_within_bounds_prog_once()
; selftest expects: accept
r3 = 0x0
r2 = map[map_prog1_socket] ll
call 0xc
r0 = 0x1
exit
