; section: cgroup/connect6
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock_addr.c, connect6_good_return_code_0()
; selftest expects: accept
w0 = 0x0
exit
