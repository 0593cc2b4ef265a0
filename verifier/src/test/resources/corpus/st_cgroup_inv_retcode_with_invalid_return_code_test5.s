; section: cgroup/sock
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cgroup_inv_retcode.c, with_invalid_return_code_test5()
; selftest expects: reject | smin=2 smax=2 should have been in [0, 1]
r0 = 0x2
exit
