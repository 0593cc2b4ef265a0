; section: lsm/file_free_security
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_lsm.c, void_retval_test1()
; selftest expects: accept
r0 = -0x1000
exit
