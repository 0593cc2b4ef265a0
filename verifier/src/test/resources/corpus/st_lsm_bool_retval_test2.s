; section: lsm/audit_rule_known
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_lsm.c, bool_retval_test2()
; selftest expects: accept
r0 = 0x0
exit
