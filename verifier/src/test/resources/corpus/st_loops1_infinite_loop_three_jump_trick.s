; section: tracepoint
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_loops1.c, infinite_loop_three_jump_trick()
; selftest expects: reject | loop detected
r0 = 0x0
r0 += 0x1
r0 &= 0x1
if r0 < 0x2 goto +0x1 <l0_11>
exit
r0 += 0x1
r0 &= 0x1
if r0 < 0x2 goto +0x1 <l1_11>
exit
r0 += 0x1
r0 &= 0x1
if r0 < 0x2 goto -0xb <l2_11>
exit
