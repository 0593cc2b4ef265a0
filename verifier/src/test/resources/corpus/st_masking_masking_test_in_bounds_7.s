; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_masking.c, masking_test_in_bounds_7()
; selftest expects: accept
r3 = -0x2e
r3 *= -0x1
w2 = 0x2e
r2 -= r3
r2 |= r3
r2 = -r2
r2 s>>= 0x3f
r3 &= r2
r0 = r3
exit
