; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_div0.c, _0_zero_check_2_cls_1()
; selftest expects: accept
r1 = -0x100000000 ll
w0 = 0x1
w0 /= w1
exit
