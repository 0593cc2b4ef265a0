; section: cgroup/sendmsg_unix
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock_addr.c, sendmsg_unix_good_return_code_0()
; selftest expects: accept
w0 = 0x0
exit
