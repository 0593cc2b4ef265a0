; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_masking.c, masking_test_in_bounds_1()
; selftest expects: accept
w1 = 0x4
w2 = 0x4
r2 -= r1
r2 |= r1
r2 = -r2
r2 s>>= 0x3f
r1 &= r2
r0 = r1
exit
