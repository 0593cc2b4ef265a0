; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sdiv.c, sdiv32_overflow_ri()
; selftest expects: accept
w2 = -0x80000000
w4 = w2
w2 s/= -0x1
r0 = 0x0
if w2 != w4 goto +0x1 <sdiv32_overflow_ri+0x30>
r0 = 0x1
exit
