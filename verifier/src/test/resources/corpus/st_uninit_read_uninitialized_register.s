; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_uninit.c, read_uninitialized_register()
; selftest expects: reject | R2 !read_ok
r0 = r2
exit
