; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_div_overflow.c, mod64_overflow_check_2()
; selftest expects: accept
r2 = -0x8000000000000000 ll
r3 = r2
r2 %= -0x1
w0 = 0x0
if r3 != r2 goto +0x1 <l0_3>
w0 = 0x1
exit
