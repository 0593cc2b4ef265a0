; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cfg.c, loop2_back_edge()
; selftest expects: reject | unreachable insn 4
r1 = r0
r2 = r0
r3 = r0
goto -0x4 <loop2_back_edge>
exit
