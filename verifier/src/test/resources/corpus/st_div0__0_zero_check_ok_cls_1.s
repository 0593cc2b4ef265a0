; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_div0.c, _0_zero_check_ok_cls_1()
; selftest expects: accept
w0 = 0x2a
w1 = 0x2
w2 = 0x10
w2 /= w1
r0 = r2
exit
