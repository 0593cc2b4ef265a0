; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_map_ptr_mixing.c, dummy_prog_24_socket()
; selftest expects: accept
r0 = 0x18
exit
