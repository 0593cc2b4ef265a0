; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, spill_64bit_of_64bit_ok()
; selftest expects: accept
call 0x7
r0 &= -0x80000000
r0 <<= 0x20
*(u64 *)(r10 - 0x8) = r0
r1 = *(u64 *)(r10 - 0x8)
r2 = 0x0
if r1 != r2 goto +0x3 <l0_11>
if r0 == r2 goto +0x2 <l0_11>
r0 = *(u64 *)(r9 + 0x0)
exit
r0 = 0x0
exit
