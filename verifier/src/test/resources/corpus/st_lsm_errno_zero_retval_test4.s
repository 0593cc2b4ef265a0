; section: lsm/file_mprotect
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_lsm.c, errno_zero_retval_test4()
; selftest expects: reject | R0 has smin=-4096 smax=-4096 should have been in [-4095, 0]
r0 = -0x1000
exit
