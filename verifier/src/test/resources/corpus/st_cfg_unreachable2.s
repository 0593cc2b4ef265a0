; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cfg.c, unreachable2()
; selftest expects: reject | unreachable
goto +0x1 <l0_0>
goto +0x0 <l0_0>
exit
