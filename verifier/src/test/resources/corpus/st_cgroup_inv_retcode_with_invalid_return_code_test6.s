; section: cgroup/sock
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cgroup_inv_retcode.c, with_invalid_return_code_test6()
; selftest expects: reject | R0 is not a known value (ctx)
r0 = r1
exit
