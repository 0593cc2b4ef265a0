; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, spill_16bit_of_16bit_ok()
; selftest expects: accept
call 0x7
r0 &= 0x8000
*(u16 *)(r10 - 0x8) = r0
r1 = *(u16 *)(r10 - 0x8)
r2 = 0x0
if r1 != r2 goto +0x3 <l0_13>
if r0 == r2 goto +0x2 <l0_13>
r0 = *(u64 *)(r9 + 0x0)
exit
r0 = 0x0
exit
