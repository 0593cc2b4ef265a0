; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sdiv.c, sdiv64_overflow_ri()
; selftest expects: accept
r2 = -0x8000000000000000 ll
r4 = r2
r2 s/= -0x1
r0 = 0x0
if r2 != r4 goto +0x1 <sdiv64_overflow_ri+0x38>
r0 = 0x1
exit
