; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_div_overflow.c, div64_overflow_check_2()
; selftest expects: accept
r1 = -0x8000000000000000 ll
r1 /= -0x1
w0 = 0x0
if r0 == r1 goto +0x1 <l0_1>
w0 = 0x1
exit
