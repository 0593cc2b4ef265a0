; section: lsm/file_mprotect
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_lsm.c, errno_zero_retval_test6()
; selftest expects: reject | R0 has smin=1 smax=1 should have been in [-4095, 0]
r0 = 0x1
exit
