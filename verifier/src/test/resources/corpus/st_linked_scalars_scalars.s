; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_linked_scalars.c, scalars()
; selftest expects: reject | math between fp pointer and 2147483647 is not allowed
r0 = 0x0
r1 = 0x80000001 ll
r1 /= 0x1
r2 = r1
r4 = r1
w2 += 0x7fffffff
w4 += 0x0
if r2 == 0x0 goto +0x1 <l1>
exit
r4 >>= 0x3f
r3 = 0x1
r3 -= r4
r3 *= 0x7fffffff
r3 += r10
*(u8 *)(r3 - 0x1) = r0
exit
