; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bswap.c, bswap_64()
; selftest expects: accept
r0 = -0xed00cb00a90088 ll
r0 = bswap64 r0
exit
