; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_masking.c, masking_test_in_bounds_6()
; selftest expects: accept
w1 = 0x2e
w2 = 0x2e
r2 -= r1
r2 |= r1
r2 = -r2
r2 s>>= 0x3f
r1 &= r2
r0 = r1
exit
