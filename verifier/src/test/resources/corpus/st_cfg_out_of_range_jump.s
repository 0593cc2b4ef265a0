; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cfg.c, out_of_range_jump()
; selftest expects: reject | jump out of range
goto +0x1 <out_of_range_jump2>
exit
