; section: cgroup/bind6
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock_addr.c, bind6_good_return_code_1()
; selftest expects: accept
w0 = 0x1
exit
