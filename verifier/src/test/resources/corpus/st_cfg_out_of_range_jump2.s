; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_cfg.c, out_of_range_jump2()
; selftest expects: reject | jump out of range
goto -0x2 <out_of_range_jump+0x8>
exit
