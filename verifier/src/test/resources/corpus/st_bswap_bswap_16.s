; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bswap.c, bswap_16()
; selftest expects: accept
r0 = 0xff23
r0 = bswap16 r0
exit
