; section: cgroup/sendmsg_unix
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock_addr.c, sendmsg_unix_bad_return_code()
; selftest expects: reject | At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]
w0 = 0x2
exit
