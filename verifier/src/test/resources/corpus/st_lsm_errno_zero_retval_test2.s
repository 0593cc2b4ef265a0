; section: lsm/file_alloc_security
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_lsm.c, errno_zero_retval_test2()
; selftest expects: accept
r0 = -0xfff
exit
