; section: cgroup/sock
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cgroup_inv_retcode.c, with_invalid_return_code_test4()
; selftest expects: accept
r0 = 0x1
exit
