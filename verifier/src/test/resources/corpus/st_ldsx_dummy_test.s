; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ldsx.c, dummy_test()
; selftest expects: accept
w0 = 0x0
exit
