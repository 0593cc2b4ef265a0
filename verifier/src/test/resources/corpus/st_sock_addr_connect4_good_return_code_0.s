; section: cgroup/connect4
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock_addr.c, connect4_good_return_code_0()
; selftest expects: accept
w0 = 0x0
exit
