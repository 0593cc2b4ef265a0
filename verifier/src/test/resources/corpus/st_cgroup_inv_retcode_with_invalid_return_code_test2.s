; section: cgroup/sock
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cgroup_inv_retcode.c, with_invalid_return_code_test2()
; selftest expects: accept
r0 = *(u32 *)(r1 + 0x0)
r0 &= 0x1
exit
