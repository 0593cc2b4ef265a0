; section: lsm/file_alloc_security
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_lsm.c, errno_zero_retval_test1()
; selftest expects: accept
r0 = 0x0
exit
