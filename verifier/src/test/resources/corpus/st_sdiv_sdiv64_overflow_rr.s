; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sdiv.c, sdiv64_overflow_rr()
; selftest expects: accept
r2 = -0x8000000000000000 ll
r3 = -0x1
r4 = r2
r2 s/= r3
r0 = 0x0
if r2 != r4 goto +0x1 <sdiv64_overflow_rr+0x40>
r0 = 0x1
exit
