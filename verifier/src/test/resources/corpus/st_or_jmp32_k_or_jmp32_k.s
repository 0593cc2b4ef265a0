; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_or_jmp32_k.c, or_jmp32_k()
; selftest expects: reject | R0 invalid mem access 'scalar'
r0 = -0x1
r0 /= 0x1
r1 = 0x0
w1 = -0x1
w1 >>= 0x1
w0 &= w1
w0 |= 0x2
if w0 != 0x7ffffffd goto +0x9 <l1>
r0 = 0x1
exit
r0 = 0x5
*(u64 *)(r0 - 0x8) = r0
exit
w0 -= 0xe
if w0 == 0x1 goto -0x5 <l3>
r0 = 0x4
exit
w0 -= 0x7ffffff0
if w0 s>= 0xe goto -0x6 <l2>
r0 = 0x3
exit
