; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sdiv.c, smod64_overflow_ri()
; selftest expects: accept
r2 = -0x8000000000000000 ll
r4 = r2
r2 s%= -0x1
r0 = r2
exit
