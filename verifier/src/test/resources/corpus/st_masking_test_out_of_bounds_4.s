; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_masking.c, test_out_of_bounds_4()
; selftest expects: accept
w1 = -0x1
w2 = 0x0
r2 -= r1
r2 |= r1
r2 = -r2
r2 s>>= 0x3f
r1 &= r2
r0 = r1
exit
