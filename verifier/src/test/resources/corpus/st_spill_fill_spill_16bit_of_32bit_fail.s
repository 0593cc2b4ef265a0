; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, spill_16bit_of_32bit_fail()
; selftest expects: reject | dereference of modified ctx ptr R6 off=65535 disallowed
r6 = r1
call 0x7
r0 &= 0x8
w1 = -0x10000
r1 += r0
r2 = r1
*(u16 *)(r10 - 0x8) = r1
r2 = *(u16 *)(r10 - 0x8)
r3 = 0x0
if r2 != r3 goto +0x0 <l0_9>
r1 >>= 0x10
r6 += r1
r0 = *(u32 *)(r6 + 0x0)
exit
