; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cfg.c, conditional_loop()
; selftest expects: reject | infinite loop detected
r0 = r1
r2 = r0
r3 = r0
if r1 == 0x0 goto -0x3 <l0_4>
exit
