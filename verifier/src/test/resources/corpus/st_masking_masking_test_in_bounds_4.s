; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_masking.c, masking_test_in_bounds_4()
; selftest expects: accept
w1 = 0xabcde
w2 = 0xabcdee
r2 -= r1
r2 |= r1
r2 = -r2
r2 s>>= 0x3f
r1 &= r2
r0 = r1
exit
