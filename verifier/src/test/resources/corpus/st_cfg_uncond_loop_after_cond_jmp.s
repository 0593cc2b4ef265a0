; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cfg.c, uncond_loop_after_cond_jmp()
; selftest expects: reject | infinite loop detected
r0 = 0x0
if r0 > 0x0 goto +0x2 <l1_6>
r0 = 0x1
goto -0x2 <l0_6>
exit
