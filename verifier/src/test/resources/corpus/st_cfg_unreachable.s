; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cfg.c, unreachable()
; selftest expects: reject | unreachable
exit
exit
