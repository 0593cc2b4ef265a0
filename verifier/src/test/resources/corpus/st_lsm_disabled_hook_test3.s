; section: lsm/ismaclabel
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_lsm.c, disabled_hook_test3()
; selftest expects: reject | points to disabled hook
r0 = 0x0
exit
