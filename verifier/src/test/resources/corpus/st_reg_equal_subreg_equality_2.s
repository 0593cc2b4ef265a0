; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_reg_equal.c, subreg_equality_2()
; selftest expects: reject | R1 !read_ok
call 0x5
r2 = r0
w3 = w2
if w2 < 0x9 goto +0x1 <l0_1>
exit
if r3 < 0x9 goto +0x1 <l1_1>
r0 -= r1
exit
