; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cfg.c, loop_back_edge()
; selftest expects: reject | unreachable insn 1
goto -0x1 <loop_back_edge>
exit
