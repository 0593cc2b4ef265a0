; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_value_ptr_arith.c, _32bit_pkt_ptr_scalar()
; selftest expects: accept
r8 = *(u32 *)(r1 + 0x50)
r7 = *(u32 *)(r1 + 0x4c)
r6 = r7
r6 += 0x28
if r6 > r8 goto +0x2 <l0_43>
w4 = w7
w6 -= w4
r0 = 0x0
exit
