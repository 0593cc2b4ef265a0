; section: cgroup/sock
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cgroup_inv_retcode.c, with_invalid_return_code_test7()
; selftest expects: reject | R0 has unknown scalar value should have been in [0, 1]
r0 = *(u32 *)(r1 + 0x0)
r2 = *(u32 *)(r1 + 0x4)
r0 *= r2
exit
