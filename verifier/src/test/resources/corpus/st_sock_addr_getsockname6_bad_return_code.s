; section: cgroup/getsockname6
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock_addr.c, getsockname6_bad_return_code()
; selftest expects: reject | At program exit the register R0 has smin=0 smax=0 should have been in [1, 1]
w0 = 0x0
exit
