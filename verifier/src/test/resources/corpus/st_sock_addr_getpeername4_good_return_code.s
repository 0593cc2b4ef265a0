; section: cgroup/getpeername4
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock_addr.c, getpeername4_good_return_code()
; selftest expects: accept
w0 = 0x1
exit
