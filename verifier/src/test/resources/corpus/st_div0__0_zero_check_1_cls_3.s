; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_div0.c, _0_zero_check_1_cls_3()
; selftest expects: accept
w1 = 0x0
w0 = 0x2
r0 %= r1
exit
