; section: tracepoint
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_loops1.c, bounded_recursion__1()
; selftest expects: reject | the call stack of 8 frames is too deep !
r1 += 0x1
r0 = r1
if r1 < 0x4 goto +0x1 <l0_9>
exit
call -0x5
exit
r2 += r1
r1 -= 0x1
if r1 != 0x0 goto -0x3 <l0_13>
r0 = r2
exit
r2 += r1
r1 -= 0x1
if w1 != 0x0 goto -0x3 <l0_14>
r0 = r2
exit
