; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, spill_32bit_of_32bit_ok()
; selftest expects: accept
call 0x7
w0 &= -0x80000000
*(u32 *)(r10 - 0x8) = r0
r1 = *(u32 *)(r10 - 0x8)
r2 = 0x0
if r1 != r2 goto +0x3 <l0_12>
if r0 == r2 goto +0x2 <l0_12>
r0 = *(u64 *)(r9 + 0x0)
exit
r0 = 0x0
exit
