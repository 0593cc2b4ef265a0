; section: cgroup/sock
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cgroup_inv_retcode.c, with_invalid_return_code_test3()
; selftest expects: reject | smin=0 smax=3 should have been in [0, 1]
r0 = *(u32 *)(r1 + 0x0)
r0 &= 0x3
exit
