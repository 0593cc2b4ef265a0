; section: cgroup/bind6
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock_addr.c, bind6_bad_return_code()
; selftest expects: reject | At program exit the register R0 has smin=4 smax=4 should have been in [0, 3]
w0 = 0x4
exit
