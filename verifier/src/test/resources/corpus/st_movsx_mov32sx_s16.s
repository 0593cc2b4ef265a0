; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_movsx.c, mov32sx_s16()
; selftest expects: accept
w0 = 0xff23
w0 = (s16)w0
exit
