; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_loops1.c, bounded_loop_count_to_4()
; selftest expects: accept
r0 = 0x0
r0 += 0x1
if r0 < 0x4 goto -0x2 <l0_0>
exit
