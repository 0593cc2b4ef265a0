; section: cgroup/sendmsg_unix
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock_addr.c, sendmsg_unix_good_return_code_1()
; selftest expects: accept
w0 = 0x1
exit
