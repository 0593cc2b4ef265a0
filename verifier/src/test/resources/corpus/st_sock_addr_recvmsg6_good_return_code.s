; section: cgroup/recvmsg6
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock_addr.c, recvmsg6_good_return_code()
; selftest expects: accept
w0 = 0x1
exit
