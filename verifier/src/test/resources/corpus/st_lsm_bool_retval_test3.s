; section: lsm/audit_rule_known
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_lsm.c, bool_retval_test3()
; selftest expects: reject | R0 has smin=-1 smax=-1 should have been in [0, 1]
r0 = -0x1
exit
