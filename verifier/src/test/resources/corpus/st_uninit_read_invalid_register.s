; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_uninit.c, read_invalid_register()
; selftest expects: reject | R15 is invalid
<unknown>
exit
