; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_uninit.c, before_exit_in_all_branches()
; selftest expects: reject | R0 !read_ok
if r1 >= 0x0 goto +0x2 <l0_0>
r0 = 0x1
r0 += 0x2
exit
