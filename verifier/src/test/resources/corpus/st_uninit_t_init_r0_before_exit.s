; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_uninit.c, t_init_r0_before_exit()
; selftest expects: reject | R0 !read_ok
r2 = r1
exit
